import { readFile, readdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PostLibrary } from "../../src/main/library/post-library";
import { FOLDER_TRASH_NAME, moveToFolderTrash } from "../../src/main/library/trash";
import { libraryFor, writeFiles } from "./support/library";
import { useTempFolders } from "./support/temp-folder";

describe("PostLibrary.create", () => {
  const tempFolder = useTempFolders();

  it("creates a draft named after the title, with front matter", async () => {
    const folder = await tempFolder();
    const post = await libraryFor(folder, new Date(2024, 4, 17)).create("Cancer Study: What It Means");
    expect(post.id).toBe("cancer-study-what-it-means.md");
    expect(post.summary).toMatchObject({ title: "Cancer Study: What It Means", date: "2024-05-17", draft: true });
    expect(await readFile(path.join(folder, post.id), "utf8")).toBe(post.text);
  });

  it("never overwrites an existing post when creating one with the same title", async () => {
    const folder = await tempFolder();
    await writeFiles(folder, { "my-post.md": "my precious words" });
    const library = libraryFor(folder);
    expect((await library.create("My Post")).id).toBe("my-post-2.md");
    expect((await library.create("My Post")).id).toBe("my-post-3.md");
    expect(await readFile(path.join(folder, "my-post.md"), "utf8")).toBe("my precious words");
  });

  it("gives each of two posts created at once its own file", async () => {
    const folder = await tempFolder();
    const library = libraryFor(folder);
    const ids = (await Promise.all([library.create("Same"), library.create("Same")])).map((post) => post.id).sort();
    expect(ids).toEqual(["same-2.md", "same.md"]);
  });
});

describe("PostLibrary.rename", () => {
  const tempFolder = useTempFolders();

  it("renames a post in its own folder and adds .md when the name has none", async () => {
    const folder = await tempFolder();
    await writeFiles(folder, { "2024/draft.md": "# Kept words" });
    const summary = await libraryFor(folder).rename("2024/draft.md", "final-name");
    expect(summary).toMatchObject({ id: "2024/final-name.md", title: "Kept words" });
    expect(await readdir(path.join(folder, "2024"))).toEqual(["final-name.md"]);
  });

  it("keeps a .markdown extension the writer typed", async () => {
    const folder = await tempFolder();
    await writeFiles(folder, { "a.md": "x" });
    expect((await libraryFor(folder).rename("a.md", "b.markdown")).id).toBe("b.markdown");
  });

  it("refuses to overwrite another post", async () => {
    const folder = await tempFolder();
    await writeFiles(folder, { "a.md": "post a", "b.md": "post b" });
    await expect(libraryFor(folder).rename("a.md", "b.md")).rejects.toMatchObject({ code: "already-exists", message: '"b.md" already exists. Choose another name.' });
    expect(await readFile(path.join(folder, "a.md"), "utf8")).toBe("post a");
    expect(await readFile(path.join(folder, "b.md"), "utf8")).toBe("post b");
  });

  it.each(["", "  ", "sub/name", "back\\slash", "..", "a..b", ".hidden"])("refuses the file name %j", async (name) => {
    const folder = await tempFolder();
    await writeFiles(folder, { "a.md": "x" });
    await expect(libraryFor(folder).rename("a.md", name)).rejects.toMatchObject({ code: "invalid-argument" });
    expect(await readdir(folder)).toEqual(["a.md"]);
  });

  it("says the post is gone when renaming one that was deleted", async () => {
    const folder = await tempFolder();
    await expect(libraryFor(folder).rename("gone.md", "new")).rejects.toMatchObject({ code: "not-found" });
  });
});

describe("PostLibrary.delete", () => {
  const tempFolder = useTempFolders();

  it("moves a deleted post into the folder's .trash, where it is not listed", async () => {
    const folder = await tempFolder();
    await writeFiles(folder, { "2024/old.md": "old words" });
    const library = libraryFor(folder);
    await library.delete("2024/old.md");
    expect(await readFile(path.join(folder, FOLDER_TRASH_NAME, "old.md"), "utf8")).toBe("old words");
    expect(await library.list()).toEqual([]);
  });

  it("never overwrites an earlier deleted post with the same name", async () => {
    const folder = await tempFolder();
    const trash = moveToFolderTrash(folder, () => new Date(Date.UTC(2024, 4, 1, 14, 22, 33)));
    for (const words of ["first", "second", "third"]) {
      await writeFile(path.join(folder, "post.md"), words);
      await trash(path.join(folder, "post.md"));
    }
    const trashFolder = path.join(folder, FOLDER_TRASH_NAME);
    expect((await readdir(trashFolder)).sort()).toEqual(["post-deleted-20240501-142233-2.md", "post-deleted-20240501-142233.md", "post.md"]);
    expect(await readFile(path.join(trashFolder, "post.md"), "utf8")).toBe("first");
  });

  it("hands the post's absolute path to the injected trash", async () => {
    const folder = await tempFolder();
    await writeFiles(folder, { "a.md": "x" });
    const trashed: string[] = [];
    await new PostLibrary(folder, { trashItem: async (file) => void trashed.push(file) }).delete("a.md");
    expect(trashed).toEqual([path.join(folder, "a.md")]);
  });

  it("keeps the post and says so when the trash refuses it", async () => {
    const folder = await tempFolder();
    await writeFiles(folder, { "a.md": "kept" });
    const library = new PostLibrary(folder, { trashItem: () => Promise.reject(new Error("The trash is not available on this drive.")) });
    await expect(library.delete("a.md")).rejects.toMatchObject({ code: "io", message: 'Clearpost could not move "a.md" to the trash. The trash is not available on this drive.' });
    expect(await readFile(path.join(folder, "a.md"), "utf8")).toBe("kept");
  });

  it("says the post is gone when deleting one that no longer exists", async () => {
    const folder = await tempFolder();
    await expect(libraryFor(folder).delete("gone.md")).rejects.toMatchObject({ code: "not-found" });
  });
});
