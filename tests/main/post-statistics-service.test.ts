import { writeFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { generatePost } from "../../bench/generator/generate-post";
import { statisticsOf } from "../../src/main/services/post-statistics";
import { PostStatisticsService } from "../../src/main/services/post-statistics-service";
import { StatisticsGrader } from "../../src/main/services/statistics-grader";
import { libraryFor, writeFiles } from "./support/library";
import { useTempFolders } from "./support/temp-folder";

describe("PostStatisticsService", () => {
  const tempFolder = useTempFolders();
  const graders: StatisticsGrader[] = [];
  const serviceFor = (folder: string) => {
    const grader = new StatisticsGrader();
    graders.push(grader);
    return new PostStatisticsService(libraryFor(folder), grader);
  };
  afterEach(async () => {
    await Promise.all(graders.splice(0).map((grader) => grader.close()));
  });

  it("counts the words a reader reads and grades the prose, in the order asked", async () => {
    const folder = await tempFolder();
    await writeFiles(folder, {
      "easy.md": "---\ntitle: Easy\ntags: [cats]\n---\nThe cat sat on the mat. It was warm.\n\n```js\nignored code words\n```\n",
      "hard.md": "Notwithstanding considerable institutional deliberation, the administrative apparatus systematically postponed implementation indefinitely.\n",
    });
    const service = serviceFor(folder);
    const [hard, easy] = await service.statistics(["hard.md", "easy.md"]);
    expect(easy).toMatchObject({ id: "easy.md", words: 9 });
    expect(hard?.id).toBe("hard.md");
    expect(hard?.grade ?? 0).toBeGreaterThan(easy?.grade ?? 99);
  });

  it("grades a post again only when its text changed", async () => {
    const folder = await tempFolder();
    await writeFiles(folder, { "post.md": "One short line.\n" });
    const service = serviceFor(folder);
    const [first] = await service.statistics(["post.md"]);
    expect((await service.statistics(["post.md"]))[0]).toBe(first);
    await writeFile(path.join(folder, "post.md"), "One short line. And now another one here.\n");
    expect((await service.statistics(["post.md"]))[0]).toMatchObject({ words: 8 });
  });

  it("leaves out posts it cannot read: missing, outside the folder or not text", async () => {
    const folder = await tempFolder();
    await writeFiles(folder, { "binary.md": new Uint8Array([0, 1, 2, 0, 255, 0]) });
    const service = serviceFor(folder);
    expect(await service.statistics(["missing.md", "../outside.md", "binary.md"])).toEqual([]);
  });

  it("gives the same word counts and grades as grading on the main thread", async () => {
    const posts: Record<string, string> = {
      "long.md": generatePost({ words: 3_000, seed: 3 }).text,
      "short.md": generatePost({ words: 200, seed: 4 }).text,
      "no-prose.md": "---\ntitle: Only code\n---\n```\nconst x = 1;\n```\n",
      "broken-front-matter.md": "---\ntitle: [unclosed\n---\nThe cat sat on the mat.\n",
      "empty.md": "",
    };
    const folder = await tempFolder();
    await writeFiles(folder, posts);
    const ids = Object.keys(posts);
    const inWorker = await serviceFor(folder).statistics(ids);
    expect(inWorker).toEqual(ids.map((id) => statisticsOf(id, posts[id] ?? "")));
  });

  it("keeps answering the main event loop while it grades a 100,000-word post", async () => {
    const folder = await tempFolder();
    await writeFiles(folder, { "book.md": generatePost({ words: 100_000, seed: 1 }).text });
    const service = serviceFor(folder);
    // A 10 ms timer keeps firing while the post is graded: the longest wait between two firings is what another call would wait.
    let last = performance.now();
    let longestWait = 0;
    const timer = setInterval(() => {
      const now = performance.now();
      longestWait = Math.max(longestWait, now - last);
      last = now;
    }, 10);
    const started = performance.now();
    const [book] = await service.statistics(["book.md"]);
    const gradingMs = performance.now() - started;
    // One more firing, late if the grading held the loop up to its end.
    await new Promise((done) => setTimeout(done, 30));
    clearInterval(timer);
    expect(book?.words).toBeGreaterThanOrEqual(100_000);
    // Bounds with room for a busy machine: grading on the event loop held timers up for the whole grading.
    expect(gradingMs).toBeGreaterThan(500);
    expect(longestWait).toBeLessThan(250);
  });

  it("fails the grades on their way when it closes, and starts a new worker for the next post", async () => {
    const folder = await tempFolder();
    await writeFiles(folder, { "book.md": generatePost({ words: 20_000, seed: 2 }).text, "post.md": "One short line.\n" });
    const grader = new StatisticsGrader();
    graders.push(grader);
    const service = new PostStatisticsService(libraryFor(folder), grader);
    const grading = expect(service.statistics(["book.md"])).rejects.toThrow(/closing/);
    // The library reads the file before grading starts.
    await new Promise((done) => setTimeout(done, 50));
    await grader.close();
    await grading;
    expect(await service.statistics(["post.md"])).toEqual([{ id: "post.md", words: 3, grade: expect.any(Number) as number }]);
  });
});
