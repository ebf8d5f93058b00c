import { utimes, unlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { PostLibrary } from "../../src/main/library";
import { RelatedPostsService } from "../../src/main/services/related-posts-service";
import { writeFiles } from "./support/library";
import { useTempFolders } from "./support/temp-folder";

const POSTS = {
  "sourdough.md": "---\ntitle: Sourdough starter basics\n---\nA sourdough starter needs flour, water and patience. Feed the starter daily.\n",
  "baking/rye.md": "---\ntitle: Rye bread\n---\nRye flour makes a dense bread. A sourdough starter helps rye bread rise.\n",
  "running.md": "---\ntitle: Running in winter\n---\nRunning in the cold calls for layers, gloves and a warm hat.\n",
  "marathon.md": "---\ntitle: My first marathon\n---\nTraining for a marathon means running four days a week.\n",
};

describe("RelatedPostsService", () => {
  const tempFolder = useTempFolders();

  async function serviceFor(files: Record<string, string>) {
    const folder = await tempFolder();
    await writeFiles(folder, files);
    const library = new PostLibrary(folder, { trashItem: async () => undefined });
    return { folder, library, service: new RelatedPostsService(library) };
  }

  it("ranks the posts of the folder by shared content, with their titles, leaving the post itself out", async () => {
    const { service } = await serviceFor(POSTS);
    const related = await service.related("sourdough.md");
    expect(related[0]).toMatchObject({ id: "baking/rye.md", title: "Rye bread" });
    expect(related.map((post) => post.id)).not.toContain("sourdough.md");
    // Nothing in common with the running posts: they are not related at all.
    expect(related.map((post) => post.id)).toEqual(["baking/rye.md"]);
    expect((await service.related("marathon.md")).map((post) => post.id)).toEqual(["running.md"]);
  });

  it("re-reads only posts whose file changed since the last query", async () => {
    const { folder, library, service } = await serviceFor(POSTS);
    await service.related("sourdough.md");
    const read = vi.spyOn(library, "read");
    expect((await service.related("running.md")).map((post) => post.id)).toEqual(["marathon.md"]);
    expect(read).not.toHaveBeenCalled();

    await writeFile(path.join(folder, "running.md"), "---\ntitle: Winter bread\n---\nBake a sourdough loaf with rye flour in winter.\n");
    await utimes(path.join(folder, "running.md"), new Date(), new Date(Date.now() + 5_000));
    const related = await service.related("sourdough.md");
    expect(read.mock.calls.map(([id]) => id)).toEqual(["running.md"]);
    expect(related.map((post) => post.id)).toContain("running.md");
  });

  it("forgets deleted posts and answers nothing for a post it does not know", async () => {
    const { folder, service } = await serviceFor(POSTS);
    await service.related("sourdough.md");
    await unlink(path.join(folder, "baking/rye.md"));
    expect(await service.related("sourdough.md")).toEqual([]);
    expect(await service.related("missing.md")).toEqual([]);
  });
});
