import { utimes, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { PostSearchService } from "../../src/main/services/post-search-service";
import type { PostSearchRequest } from "../../src/shared/search/search-pattern";
import { libraryFor, writeFiles } from "./support/library";
import { useTempFolders } from "./support/temp-folder";

const POST_COUNT = 1000;
const WORDS = ["river", "stone", "lantern", "harvest", "morning", "window", "garden", "copper", "thread", "meadow"];

/** A post of about 600 words; every hundredth post mentions the northern lights, the last one across a wrapped line. */
function generatedPost(n: number): string {
  const sentences = Array.from({ length: 60 }, (_, i) => `The ${WORDS[(n + i) % 10]} and the ${WORDS[(n * 3 + i) % 10]} met at dawn number ${i}.`);
  if (n % 100 === 7) sentences.splice(30, 0, n === 907 ? "We watched the northern\nlights until late." : "We watched the Northern Lights until late.");
  return `---\ntitle: Post ${n}\ndate: 2024-01-01\n---\n# Post ${n}\n\n${sentences.join(" ")}\n`;
}

const find = (query: string, options: Partial<PostSearchRequest> = {}): PostSearchRequest => ({ query, regex: false, matchCase: false, ...options });

describe("PostSearchService", () => {
  const tempFolder = useTempFolders();

  async function serviceOver(files: Record<string, string | Uint8Array>) {
    const folder = await tempFolder();
    await writeFiles(folder, files);
    const library = libraryFor(folder);
    return { folder, library, service: new PostSearchService(library) };
  }

  it("finds a phrase in 1,000 posts, any case and across a wrapped line, and reads only changed posts the second time", async () => {
    const files = Object.fromEntries(Array.from({ length: POST_COUNT }, (_, n) => [`posts/post-${String(n).padStart(4, "0")}.md`, generatedPost(n)]));
    const { folder, library, service } = await serviceOver(files);
    const read = vi.spyOn(library, "readText");

    let started = performance.now();
    const cold = await service.search(find("northern lights"));
    const coldMs = performance.now() - started;
    expect(cold.searchedPosts).toBe(POST_COUNT);
    expect(cold.posts.map((post) => post.id).sort()).toEqual(Array.from({ length: 10 }, (_, i) => `posts/post-0${i}07.md`).sort());
    const wrapped = cold.posts.find((post) => post.id === "posts/post-0907.md")?.matches[0];
    expect(wrapped).toMatchObject({ from: { line: 7 }, to: { line: 8, column: "lights".length } });
    expect(wrapped?.snippet.slice(wrapped.snippetFrom, wrapped.snippetTo)).toBe("northern lights");
    const first = cold.posts.find((post) => post.id === "posts/post-0007.md")?.matches[0];
    expect(first?.snippet.slice(first.snippetFrom, first.snippetTo)).toBe("Northern Lights");
    expect(read).toHaveBeenCalledTimes(POST_COUNT);

    read.mockClear();
    const changed = path.join(folder, "posts/post-0042.md");
    await writeFile(changed, `${generatedPost(42)}\nThe northern lights again.\n`);
    await utimes(changed, new Date(2030, 0, 1), new Date(2030, 0, 1));
    started = performance.now();
    const warm = await service.search(find("northern lights"));
    const warmMs = performance.now() - started;
    expect(read).toHaveBeenCalledTimes(1);
    expect(warm.posts.map((post) => post.id)).toContain("posts/post-0042.md");
    console.log(`search 1,000 posts: cold ${coldMs.toFixed(0)} ms, warm ${warmMs.toFixed(0)} ms`);
  }, 60_000);

  it("matches case when asked, and regular expressions with line anchors", async () => {
    const { service } = await serviceOver({
      "a.md": "# Lanterns\n\nThe lantern glowed. LANTERN!\n",
      "b.md": "## Lantern care\n\nTrim the wick.\n",
    });
    expect((await service.search(find("LANTERN", { matchCase: true }))).posts.map((post) => [post.id, post.matches.length])).toEqual([["a.md", 1]]);
    const headings = await service.search(find("^#{2} \\w+", { regex: true }));
    expect(headings.posts.map((post) => [post.id, post.matches[0]?.from])).toEqual([["b.md", { line: 1, column: 0 }]]);
    expect((await service.search(find("lantern\\b", { regex: true }))).posts.flatMap((post) => post.matches.map((match) => match.from))).toHaveLength(3);
  });

  it("says why a regular expression is invalid", async () => {
    const { service } = await serviceOver({ "a.md": "text\n" });
    await expect(service.search(find("(unclosed", { regex: true }))).rejects.toMatchObject({ code: "invalid-argument", message: expect.stringMatching(/^Not a valid regular expression: .*/) as string });
  });

  it("skips a post that is not UTF-8, saying so", async () => {
    const { service } = await serviceOver({ "good.md": "caf\u00e9 au lait\n", "latin1.md": Uint8Array.from([0x63, 0x61, 0x66, 0xe9, 0x0a]) });
    const result = await service.search(find("caf"));
    expect(result.posts.map((post) => post.id)).toEqual(["good.md"]);
    expect(result.skipped).toEqual([{ id: "latin1.md", reason: expect.stringContaining("not saved as UTF-8") as string }]);
    expect(result.searchedPosts).toBe(1);
  });

  it("stops a catastrophic regular expression within its time budget and says so", async () => {
    const { service } = await serviceOver({ "a.md": `${"a".repeat(40)}b\n`, "b.md": "aaa\n" });
    const started = performance.now();
    const result = await service.search(find("(a+)+$", { regex: true }), { timeBudgetMs: 200 });
    expect(performance.now() - started).toBeLessThan(5000);
    expect(result.stopped).toMatch(/took too long/);
  });

  it("caps the matches per post and in all, and says when results were cut", async () => {
    const { service } = await serviceOver({ "a.md": "e ".repeat(50), "b.md": "e ".repeat(50) });
    const perPost = await service.search(find("e"), { matchesPerPost: 5 });
    expect(perPost.posts.map((post) => [post.matches.length, post.moreMatches])).toEqual([
      [5, true],
      [5, true],
    ]);
    expect(perPost.stopped).toBeNull();
    const capped = await service.search(find("e"), { matchesPerPost: 5, maxMatches: 7 });
    expect(capped.posts.flatMap((post) => post.matches)).toHaveLength(7);
    expect(capped.stopped).toMatch(/first 7 matches/);
  });
});
