import { writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PostStatisticsService } from "../../src/main/services/post-statistics-service";
import { libraryFor, writeFiles } from "./support/library";
import { useTempFolders } from "./support/temp-folder";

describe("PostStatisticsService", () => {
  const tempFolder = useTempFolders();

  it("counts the words a reader reads and grades the prose, in the order asked", async () => {
    const folder = await tempFolder();
    await writeFiles(folder, {
      "easy.md": "---\ntitle: Easy\ntags: [cats]\n---\nThe cat sat on the mat. It was warm.\n\n```js\nignored code words\n```\n",
      "hard.md": "Notwithstanding considerable institutional deliberation, the administrative apparatus systematically postponed implementation indefinitely.\n",
    });
    const service = new PostStatisticsService(libraryFor(folder));
    const [hard, easy] = await service.statistics(["hard.md", "easy.md"]);
    expect(easy).toMatchObject({ id: "easy.md", words: 9 });
    expect(hard?.id).toBe("hard.md");
    expect(hard?.grade ?? 0).toBeGreaterThan(easy?.grade ?? 99);
  });

  it("grades a post again only when its text changed", async () => {
    const folder = await tempFolder();
    await writeFiles(folder, { "post.md": "One short line.\n" });
    const service = new PostStatisticsService(libraryFor(folder));
    const [first] = await service.statistics(["post.md"]);
    expect((await service.statistics(["post.md"]))[0]).toBe(first);
    await writeFile(path.join(folder, "post.md"), "One short line. And now another one here.\n");
    expect((await service.statistics(["post.md"]))[0]).toMatchObject({ words: 8 });
  });

  it("leaves out posts it cannot read: missing, outside the folder or not text", async () => {
    const folder = await tempFolder();
    await writeFiles(folder, { "binary.md": new Uint8Array([0, 1, 2, 0, 255, 0]) });
    const service = new PostStatisticsService(libraryFor(folder));
    expect(await service.statistics(["missing.md", "../outside.md", "binary.md"])).toEqual([]);
  });
});
