/**
 * Run as a child process by the kill tests, never imported: writes versions A and B of one file
 * over and over until it is killed, as a writer's autosave would. Prints "ready" once both
 * versions have been written, so the parent kills it in the middle of the loop, not at start.
 *
 * Arguments: <"post" | "backup"> <posts folder> <data folder> <file with A> <file with B>.
 */
import { readFile } from "node:fs/promises";
import { BackupStore } from "../../../src/main/backup/backup-store";
import { PostLibrary } from "../../../src/main/library/post-library";

const [mode, folder, dataFolder, fileA, fileB] = process.argv.slice(2);
if (!mode || !folder || !dataFolder || !fileA || !fileB) throw new Error("usage: save-loop <post|backup> <folder> <data folder> <A> <B>");
const texts = [await readFile(fileA, "utf8"), await readFile(fileB, "utf8")] as const;
const library = new PostLibrary(folder, { trashItem: async () => undefined });
const backups = new BackupStore(dataFolder);
const write = (text: string) => (mode === "post" ? library.save("post.md", text, null) : backups.write(library.folder, "post.md", { text, baseVersion: null }));

for (let round = 0; ; round++) {
  await write(texts[round % 2] ?? "");
  if (round === 1) process.stdout.write("ready\n");
}
