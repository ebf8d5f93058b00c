/** The posts library on disk: listing a folder of many posts, cold and warm, and opening a 5 MB post (issue 7's Node targets). */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PostLibrary } from "../../src/main/library";
import { generatePost } from "../generator/generate-post";
import { type NodeFigure, sample } from "./node-figure";

const refuseTrash = async () => {
  throw new Error("the bench deletes nothing");
};

/** Lists `posts` generated posts with a fresh library each run (cold) and with one library listed before (warm); opens a 5 MB post. */
export async function libraryFigures(posts: number, seed: number): Promise<NodeFigure[]> {
  const folder = await mkdtemp(join(tmpdir(), "clearpost-bench-library-"));
  try {
    for (let i = 0; i < posts; i++) await writeFile(join(folder, `post-${i}.md`), generatePost({ words: 600, seed: seed + i, title: `Post ${i}` }).text);
    // About 850,000 words: 5 MB of Markdown.
    const big = generatePost({ words: 850_000, seed, title: "A very long post" }).text;
    await writeFile(join(folder, "big-post.md"), big);
    const group = `library (${posts.toLocaleString("en")} posts of 600 words; the OS file cache is warm)`;
    const warmLibrary = new PostLibrary(folder, { trashItem: refuseTrash });
    await warmLibrary.list();
    return [
      await sample(group, "list, new library (cold)", () => new PostLibrary(folder, { trashItem: refuseTrash }).list(), { warmUps: 0, runs: 3 }),
      await sample(group, "list again, same library (warm)", () => warmLibrary.list(), { runs: 3 }),
      await sample(group, `open a ${(Buffer.byteLength(big) / 1024 / 1024).toFixed(1)} MB post`, () => warmLibrary.read("big-post.md"), { runs: 3 }),
    ];
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
