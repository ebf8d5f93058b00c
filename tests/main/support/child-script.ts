/** Runs a TypeScript test script as a real child process: bundled once with esbuild, so each start costs only Node's own. */
import { type ChildProcess, type SpawnOptions, spawn } from "node:child_process";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { build } from "esbuild";
import { afterAll, beforeAll } from "vitest";

/**
 * Bundles `entry` (a path from the project root) into one ES module in a temp folder before the
 * tests of the calling `describe`, and removes it after them; returns a function giving its path.
 */
export function useChildScript(entry: string): () => string {
  let folder = "";
  let script = "";
  beforeAll(async () => {
    folder = await mkdtemp(path.join(os.tmpdir(), "clearpost-child-"));
    // The child may run as another user: it must be able to read the script.
    await chmod(folder, 0o755);
    script = path.join(folder, `${path.basename(entry, ".ts")}.mjs`);
    // Bundled CommonJS packages (yaml) call require(), which an ES module must create for them.
    const banner = { js: 'import { createRequire } from "node:module"; const require = createRequire(import.meta.url);' };
    await build({ entryPoints: [path.resolve(entry)], outfile: script, bundle: true, platform: "node", format: "esm", target: "node20", banner, logLevel: "error" });
  }, 60_000);
  afterAll(() => rm(folder, { recursive: true, force: true }));
  return () => script;
}

/** Starts `script` with `args`; resolves once it prints `line` on its own line, rejects if it exits first. */
export function startUntilLine(script: string, args: readonly string[], line: string, options: SpawnOptions = {}): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], { ...options, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.split("\n").includes(line)) resolve(child);
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.once("exit", (code, signal) => reject(new Error(`child exited (${code ?? signal}) before printing "${line}":\n${output}`)));
  });
}

/** Kills `child` with SIGKILL and waits until it is gone. */
export async function killHard(child: ChildProcess): Promise<void> {
  const exited = new Promise((done) => (child.exitCode !== null || child.signalCode !== null ? done(null) : child.once("exit", done)));
  child.kill("SIGKILL");
  await exited;
}
