import { utimes } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { libraryFor, writeFiles } from "./support/library";
import { useTempFolders } from "./support/temp-folder";

describe("PostLibrary.list", () => {
  const tempFolder = useTempFolders();

  it("lists .md and .markdown posts in subfolders, with / in their ids", async () => {
    const folder = await tempFolder();
    await writeFiles(folder, { "top.md": "# Top", "2024/spring/deep.markdown": "# Deep", "notes.txt": "not a post", "image.png": "" });
    const ids = (await libraryFor(folder).list()).map((post) => post.id).sort();
    expect(ids).toEqual(["2024/spring/deep.markdown", "top.md"]);
  });

  it("skips hidden folders, hidden files and node_modules", async () => {
    const folder = await tempFolder();
    await writeFiles(folder, {
      "visible.md": "x",
      ".trash/deleted.md": "x",
      ".git/info.md": "x",
      "node_modules/pkg/readme.md": "x",
      ".hidden.md": "x",
    });
    expect((await libraryFor(folder).list()).map((post) => post.id)).toEqual(["visible.md"]);
  });

  it("titles a post from its front matter, else its first heading, else its file name", async () => {
    const folder = await tempFolder();
    await writeFiles(folder, {
      "a.md": "---\ntitle: From Front Matter\n---\n# Not This\n",
      "b.md": "Intro line\n\n# From The Heading\n",
      "from-file-name.md": "No heading at all.\n",
    });
    const titles = Object.fromEntries((await libraryFor(folder).list()).map((post) => [post.id, post.title]));
    expect(titles).toEqual({ "a.md": "From Front Matter", "b.md": "From The Heading", "from-file-name.md": "from-file-name" });
  });

  it("shows each post's date and draft state", async () => {
    const folder = await tempFolder();
    await writeFiles(folder, { "p.md": "---\ndate: 2024-02-29\ndraft: true\n---\n", "q.md": "text" });
    const posts = await libraryFor(folder).list();
    const [dated, undated] = ["p.md", "q.md"].map((id) => posts.find((post) => post.id === id));
    expect(dated).toMatchObject({ id: "p.md", date: "2024-02-29", draft: true, problem: null });
    expect(undated).toMatchObject({ id: "q.md", date: null, draft: false });
  });

  it("puts the newest post first, by date and then by last change", async () => {
    const folder = await tempFolder();
    await writeFiles(folder, {
      "old.md": "---\ndate: 2020-01-01\n---\n",
      "new.md": "---\ndate: 2024-01-01\n---\n",
      "touched-earlier.md": "---\ndate: 2022-06-01\n---\n",
      "touched-later.md": "---\ndate: 2022-06-01\n---\n",
    });
    await utimes(path.join(folder, "touched-earlier.md"), new Date(2022, 5, 1, 8), new Date(2022, 5, 1, 8));
    await utimes(path.join(folder, "touched-later.md"), new Date(2022, 5, 1, 9), new Date(2022, 5, 1, 9));
    expect((await libraryFor(folder).list()).map((post) => post.id)).toEqual(["new.md", "touched-later.md", "touched-earlier.md", "old.md"]);
  });

  it("still lists a post whose front matter is broken, with the problem", async () => {
    const folder = await tempFolder();
    await writeFiles(folder, { "broken.md": "---\ntitle: [oops\n---\n# Heading Title\n" });
    const [post] = await libraryFor(folder).list();
    expect(post?.title).toBe("Heading Title");
    expect(post?.problem).toMatch(/front matter is not valid YAML/);
  });

  it("says plainly when the posts folder has gone", async () => {
    const folder = await tempFolder();
    await expect(libraryFor(path.join(folder, "missing")).list()).rejects.toMatchObject({ code: "not-found", message: expect.stringMatching(/no longer exists/) });
  });
});
