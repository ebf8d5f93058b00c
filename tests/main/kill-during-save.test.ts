/**
 * Kill tests: a child process writes versions A and B of a post (1 KB, 100 KB, 5 MB) through
 * PostLibrary's atomic save, or of a backup through the hot-exit journal, in a loop, and is killed
 * with SIGKILL at a random moment. Afterwards the file is always exactly A or B, and no temp file
 * shows up as a post. CLEARPOST_KILL_RUNS sets the number of kills (300 by default; `npm run stress`).
 */
import type { ChildProcess } from "node:child_process";
import { mkdir, readFile, readdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { BackupStore } from "../../src/main/backup/backup-store";
import { killHard, startUntilLine, useChildScript } from "./support/child-script";
import { libraryFor } from "./support/library";
import { useTempFolders } from "./support/temp-folder";

const RUNS = Number(process.env.CLEARPOST_KILL_RUNS ?? 300);

/** Text of about `bytes` bytes, different from its twin at the start, the middle and the end, so a torn write shows. */
function version(name: "A" | "B", bytes: number): string {
  const line = `${name}: the quick brown fox jumps over the lazy dog, café ☕.\n`;
  return `# Version ${name}\n\n${line.repeat(Math.ceil(bytes / Buffer.byteLength(line)))}The end of ${name}.\n`;
}

/** Versions A and B of one size, and the files the child reads them from. */
interface PostVersions {
  readonly a: string;
  readonly b: string;
  readonly fileA: string;
  readonly fileB: string;
}

interface Case {
  readonly mode: "post" | "backup";
  readonly bytes: number;
}

/** In every five kills: two of 1 KB saves, one of 100 KB, one of 5 MB, and one of a 100 KB backup. */
const CYCLE: readonly Case[] = [
  { mode: "post", bytes: 1_000 },
  { mode: "post", bytes: 100_000 },
  { mode: "post", bytes: 5_000_000 },
  { mode: "post", bytes: 1_000 },
  { mode: "backup", bytes: 100_000 },
];
const CASES: readonly Case[] = Array.from({ length: RUNS }, (_, i) => CYCLE[i % CYCLE.length] as Case);

describe("a save killed at a random moment", () => {
  const tempFolder = useTempFolders();
  const script = useChildScript("tests/main/support/save-loop.ts");

  it(`leaves exactly the old or the new text, ${RUNS} kills`, async () => {
    const home = await tempFolder();
    const folder = path.join(home, "posts");
    const dataFolder = path.join(home, "data");
    await mkdir(folder);
    // Both versions of each size, written once before any child reads them.
    const texts = new Map<number, PostVersions>();
    for (const bytes of new Set(CASES.map((c) => c.bytes))) {
      const entry = { a: version("A", bytes), b: version("B", bytes), fileA: path.join(home, `A-${bytes}.txt`), fileB: path.join(home, `B-${bytes}.txt`) };
      await writeFile(entry.fileA, entry.a);
      await writeFile(entry.fileB, entry.b);
      texts.set(bytes, entry);
    }
    const outcomes = { A: 0, B: 0 };

    const started = Date.now();
    // One child at a time: the other test files running beside this one keep a core.
    for (const [i, { mode, bytes }] of CASES.entries()) {
      const { a, b, fileA, fileB } = texts.get(bytes) as PostVersions;
      const child: ChildProcess = await startUntilLine(script(), [mode, folder, dataFolder, fileA, fileB], "ready");
      // Anywhere within a few saves of the loop: mid-write, mid-fsync, mid-rename or between saves.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * (bytes > 1_000_000 ? 150 : 25)));
      await killHard(child);

      const after = mode === "post" ? await readFile(path.join(folder, "post.md"), "utf8") : (await new BackupStore(dataFolder).list(folder))[0]?.text;
      expect(after === a || after === b, `run ${i} (${mode}, ${bytes} bytes) left ${after?.length ?? "no"} characters that are neither A nor B`).toBe(true);
      outcomes[after === a ? "A" : "B"]++;
      if (mode === "post") {
        expect((await libraryFor(folder).list()).map((post) => post.id)).toEqual(["post.md"]);
      }
    }
    const tempFilesLeft = (await readdir(folder)).filter((name) => name.endsWith(".tmp")).length;
    console.log(`kill test: ${RUNS} kills in ${((Date.now() - started) / 1000).toFixed(1)} s; A ${outcomes.A}, B ${outcomes.B}; hidden temp files left by kills: ${tempFilesLeft}`);
    // Both outcomes happen, so the kills really land while saving.
    if (RUNS >= 50) expect(Math.min(outcomes.A, outcomes.B)).toBeGreaterThan(0);
  }, 30 * 60_000);
});
