/** A disk that fills up in the middle of a save, simulated: as root, permissions cannot make a write fail. */
import type * as FsPromises from "node:fs/promises";
import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { libraryFor, writeFiles } from "./support/library";
import { useTempFolders } from "./support/temp-folder";

const failure = vi.hoisted(() => ({ renameError: null as NodeJS.ErrnoException | null }));

vi.mock("node:fs/promises", async (importOriginal) => {
  const actual = await importOriginal<typeof FsPromises>();
  return {
    ...actual,
    rename: async (from: string, to: string) => {
      if (failure.renameError) throw failure.renameError;
      return actual.rename(from, to);
    },
  };
});

describe("a save that fails half way", () => {
  const tempFolder = useTempFolders();
  afterEach(() => {
    failure.renameError = null;
  });

  it("leaves the post as it was, removes its temp file and says the disk is full", async () => {
    const folder = await tempFolder();
    await writeFiles(folder, { "post.md": "my published words" });
    const library = libraryFor(folder);
    const { version } = await library.read("post.md");
    failure.renameError = Object.assign(new Error("ENOSPC: no space left on device"), { code: "ENOSPC" });
    await expect(library.save("post.md", "new words", version)).rejects.toMatchObject({
      code: "io",
      message: 'The disk is full, so Clearpost could not write "post.md". Free some space and try again.',
    });
    expect(await readFile(path.join(folder, "post.md"), "utf8")).toBe("my published words");
    expect(await readdir(folder)).toEqual(["post.md"]);
  });

  it("says Clearpost is not allowed to write when the disk refuses", async () => {
    const folder = await tempFolder();
    await writeFiles(folder, { "post.md": "kept" });
    failure.renameError = Object.assign(new Error("EACCES: permission denied"), { code: "EACCES" });
    await expect(libraryFor(folder).save("post.md", "new", null)).rejects.toMatchObject({ code: "io", message: expect.stringMatching(/^Clearpost is not allowed to write "post.md"/) });
    expect(await readFile(path.join(folder, "post.md"), "utf8")).toBe("kept");
  });
});
