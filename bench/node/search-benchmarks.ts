/** "Find in posts" over a folder of many posts: the first search (every post read), and a second (only changed posts read). */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PostLibrary } from "../../src/main/library";
import { PostSearchService } from "../../src/main/services/post-search-service";
import { generatePost } from "../generator/generate-post";
import { type NodeFigure, sample } from "./node-figure";

const refuseTrash = async () => {
  throw new Error("the bench deletes nothing");
};

/** Searches `posts` generated posts for a phrase (cold: a new library and service each run; warm: searched before) and a regular expression. */
export async function searchFigures(posts: number, seed: number): Promise<NodeFigure[]> {
  const folder = await mkdtemp(join(tmpdir(), "clearpost-bench-search-"));
  try {
    const texts = Array.from({ length: posts }, (_, i) => generatePost({ words: 600, seed: seed + i, title: `Post ${i}` }).text);
    for (const [i, text] of texts.entries()) await writeFile(join(folder, `post-${i}.md`), text);
    // A phrase that is really there: three words from the middle of the first post.
    const phrase = (texts[0] ?? "").split(/\s+/).slice(200, 203).join(" ");
    const request = { query: phrase, regex: false, matchCase: false };
    const newService = () => new PostSearchService(new PostLibrary(folder, { trashItem: refuseTrash }));
    const warm = newService();
    await warm.search(request);
    const group = `find in posts (${posts.toLocaleString("en")} posts of 600 words; the OS file cache is warm)`;
    return [
      await sample(group, "a phrase, first search (every post read)", () => newService().search(request), { warmUps: 0, runs: 3 }),
      await sample(group, "a phrase, searched before (nothing changed)", () => warm.search(request), { runs: 5 }),
      await sample(group, "a regular expression, searched before", () => warm.search({ query: "\\b\\w+ing\\b", regex: true, matchCase: false }), { runs: 5 }),
    ];
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
