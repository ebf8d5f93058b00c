/** Real temporary folders for tests, removed after each test. */
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach } from "vitest";

/** Returns a function that makes a fresh temp folder; every folder it made is deleted after each test. */
export function useTempFolders(): () => Promise<string> {
  const made: string[] = [];
  afterEach(async () => {
    await Promise.all(made.splice(0).map((folder) => rm(folder, { recursive: true, force: true })));
  });
  return async () => {
    const folder = await mkdtemp(path.join(os.tmpdir(), "clearpost-test-"));
    made.push(folder);
    return folder;
  };
}
