import { chmod, mkdir, readFile, readdir, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { libraryFor, writeFiles } from "./support/library";
import { useTempFolders } from "./support/temp-folder";

describe("PostLibrary.save", () => {
  const tempFolder = useTempFolders();

  it("writes the text exactly as given, line endings and all, and leaves no temp files", async () => {
    const folder = await tempFolder();
    await writeFiles(folder, { "post.md": "old" });
    const library = libraryFor(folder);
    const { version } = await library.read("post.md");
    const text = "---\r\ntitle: Mixed\r\n---\nCafé ☕\r\nlast line without newline";
    const result = await library.save("post.md", text, version);
    expect(await readFile(path.join(folder, "post.md"), "utf8")).toBe(text);
    expect(await readdir(folder)).toEqual(["post.md"]);
    expect(result.summary).toMatchObject({ id: "post.md", title: "Mixed" });
    expect(result.version).toBe((await library.read("post.md")).version);
  });

  it("refuses to overwrite a post that changed on disk since it was opened, leaving the file untouched", async () => {
    const folder = await tempFolder();
    await writeFiles(folder, { "post.md": "first" });
    const library = libraryFor(folder);
    const opened = await library.read("post.md");
    await writeFile(path.join(folder, "post.md"), "changed in another editor");
    await expect(library.save("post.md", "mine", opened.version)).rejects.toMatchObject({ code: "conflict", message: expect.stringMatching(/changed outside Clearpost/) });
    expect(await readFile(path.join(folder, "post.md"), "utf8")).toBe("changed in another editor");
  });

  it("refuses to save over a post deleted since it was opened, unless told to keep the writer's version", async () => {
    const folder = await tempFolder();
    await writeFiles(folder, { "post.md": "first" });
    const library = libraryFor(folder);
    const opened = await library.read("post.md");
    await rm(path.join(folder, "post.md"));
    await expect(library.save("post.md", "mine", opened.version)).rejects.toMatchObject({ code: "conflict", message: expect.stringMatching(/deleted or moved/) });
    await library.save("post.md", "mine", null);
    expect(await readFile(path.join(folder, "post.md"), "utf8")).toBe("mine");
  });

  it("lets only one of two saves from the same version through", async () => {
    const folder = await tempFolder();
    await writeFiles(folder, { "post.md": "first" });
    const library = libraryFor(folder);
    const { version } = await library.read("post.md");
    const results = await Promise.allSettled([library.save("post.md", "one", version), library.save("post.md", "two", version)]);
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "rejected"]);
    expect(await readFile(path.join(folder, "post.md"), "utf8")).toBe("one");
  });

  it("never saves over a post that opened read-only", async () => {
    const folder = await tempFolder();
    const latin1 = Buffer.from("caf\xe9", "latin1");
    await writeFiles(folder, { "latin1.md": latin1 });
    const library = libraryFor(folder);
    const opened = await library.read("latin1.md");
    await expect(library.save("latin1.md", opened.text, opened.version)).rejects.toMatchObject({ code: "read-only" });
    await expect(library.save("latin1.md", "anything", null)).rejects.toMatchObject({ code: "read-only" });
    expect(await readFile(path.join(folder, "latin1.md"))).toEqual(latin1);
  });

  it("opens and saves a 5 MB post", async () => {
    const folder = await tempFolder();
    const big = `# Big\n\n${"A sentence of a long post. ".repeat(200_000)}`;
    await writeFiles(folder, { "big.md": big });
    const library = libraryFor(folder);
    const opened = await library.read("big.md");
    expect(opened.readOnly).toBeNull();
    const saved = await library.save("big.md", `${opened.text}The end.\n`, opened.version);
    expect((await stat(path.join(folder, "big.md"))).size).toBe(Buffer.byteLength(big) + 9);
    expect((await library.read("big.md")).version).toBe(saved.version);
  });

  it("keeps the post's file permissions", async () => {
    const folder = await tempFolder();
    await writeFiles(folder, { "post.md": "x" });
    await chmod(path.join(folder, "post.md"), 0o640);
    await libraryFor(folder).save("post.md", "y", null);
    expect((await stat(path.join(folder, "post.md"))).mode & 0o777).toBe(0o640);
  });

  it("says the post is gone, and leaves nothing behind, when its folder was removed", async () => {
    const folder = await tempFolder();
    await writeFiles(folder, { "2024/post.md": "x" });
    const library = libraryFor(folder);
    await rm(path.join(folder, "2024"), { recursive: true });
    await expect(library.save("2024/post.md", "mine", null)).rejects.toMatchObject({ code: "not-found", message: expect.stringMatching(/no longer exists on disk/) });
    expect(await readdir(folder)).toEqual([]);
  });

  it("fails with a clear message, and leaves no temp file, when the post's name is taken by a folder", async () => {
    const folder = await tempFolder();
    await mkdir(path.join(folder, "folder.md"));
    await writeFile(path.join(folder, "folder.md", "inside.txt"), "kept");
    await expect(libraryFor(folder).save("folder.md", "mine", null)).rejects.toMatchObject({ code: "invalid-argument", message: '"folder.md" is a folder, not a post.' });
    expect(await readdir(folder)).toEqual(["folder.md"]);
    expect(await readFile(path.join(folder, "folder.md", "inside.txt"), "utf8")).toBe("kept");
  });
});
