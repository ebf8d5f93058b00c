import { symlink, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ApiError } from "../../src/shared/api/errors";
import { MAX_EDITABLE_BYTES } from "../../src/main/library/decode";
import { libraryFor, writeFiles } from "./support/library";
import { useTempFolders } from "./support/temp-folder";

describe("PostLibrary.read", () => {
  const tempFolder = useTempFolders();

  it("opens a post with its text, summary and a version that depends only on its bytes", async () => {
    const folder = await tempFolder();
    await writeFiles(folder, { "a.md": "---\ntitle: A\n---\nBody\r\n", "b.md": "---\ntitle: A\n---\nBody\r\n" });
    const library = libraryFor(folder);
    const [a, b] = await Promise.all([library.read("a.md"), library.read("b.md")]);
    expect(a).toMatchObject({ id: "a.md", text: "---\ntitle: A\n---\nBody\r\n", readOnly: null });
    expect(a.summary.title).toBe("A");
    expect(a.version).toMatch(/^[0-9a-f]{16}$/);
    expect(b.version).toBe(a.version);
  });

  it("opens a post with broken front matter and says what is wrong", async () => {
    const folder = await tempFolder();
    await writeFiles(folder, { "broken.md": "---\ntitle: \"unclosed\ndate: 2024-01-01\n---\nStill my words.\n" });
    const post = await libraryFor(folder).read("broken.md");
    expect(post.text).toContain("Still my words.");
    expect(post.readOnly).toBeNull();
    expect(post.summary.problem).toMatch(/not valid YAML/);
  });

  it("opens a post that is not UTF-8 read-only, showing what it can", async () => {
    const folder = await tempFolder();
    await writeFiles(folder, { "latin1.md": Buffer.from("# Caf\xe9 cr\xe8me\n", "latin1") });
    const post = await libraryFor(folder).read("latin1.md");
    expect(post.readOnly?.reason).toBe("not-utf8");
    expect(post.readOnly?.message).toMatch(/not saved as UTF-8/);
    expect(post.text).toBe("# Caf\uFFFD cr\uFFFDme\n");
    expect(post.summary.problem).toBe(post.readOnly?.message);
  });

  it("opens a UTF-16 post read-only but shows its text correctly", async () => {
    const folder = await tempFolder();
    await writeFiles(folder, { "utf16.md": Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("# Hello\n", "utf16le")]) });
    const post = await libraryFor(folder).read("utf16.md");
    expect(post.readOnly?.reason).toBe("not-utf8");
    expect(post.text).toBe("# Hello\n");
  });

  it("opens a file with binary data read-only", async () => {
    const folder = await tempFolder();
    await writeFiles(folder, { "binary.md": Buffer.from([0x23, 0x20, 0x41, 0x00, 0x01, 0x02]) });
    expect((await libraryFor(folder).read("binary.md")).readOnly?.reason).toBe("binary");
  });

  it("keeps a UTF-8 byte order mark so saving writes the same bytes back", async () => {
    const folder = await tempFolder();
    await writeFiles(folder, { "bom.md": "\uFEFF---\ntitle: With BOM\n---\n" });
    const post = await libraryFor(folder).read("bom.md");
    expect(post.text.startsWith("\uFEFF")).toBe(true);
    expect(post.summary.title).toBe("With BOM");
  });

  it("opens a post over 20 MB read-only, showing its first 20 MB", async () => {
    const folder = await tempFolder();
    await writeFiles(folder, { "huge.md": Buffer.alloc(MAX_EDITABLE_BYTES + 1024, "a") });
    const post = await libraryFor(folder).read("huge.md");
    expect(post.readOnly?.reason).toBe("too-large");
    expect(post.readOnly?.message).toMatch(/read-only, showing its first 20\.0 MB/);
    expect(post.text.length).toBe(MAX_EDITABLE_BYTES);
  });

  it("says a post no longer exists when it was deleted", async () => {
    const folder = await tempFolder();
    await expect(libraryFor(folder).read("gone.md")).rejects.toMatchObject({ code: "not-found", message: 'The post "gone.md" no longer exists on disk. It may have been moved, renamed or deleted outside Clearpost.' });
  });
});

describe("post ids from the UI", () => {
  const tempFolder = useTempFolders();

  it.each([
    ["../outside.md", "forbidden"],
    ["sub/../../outside.md", "forbidden"],
    ["/etc/passwd.md", "forbidden"],
    ["C:\\Windows\\x.md", "invalid-argument"],
    ["C:/Windows/x.md", "forbidden"],
    [".trash/deleted.md", "forbidden"],
    ["bad\0name.md", "invalid-argument"],
    ["sub//double.md", "invalid-argument"],
    ["notes.txt", "invalid-argument"],
  ])("refuses %j with %s", async (id, code) => {
    const folder = await tempFolder();
    const library = libraryFor(folder);
    await expect(library.read(id)).rejects.toMatchObject({ code });
    await expect(library.save(id, "x", null)).rejects.toMatchObject({ code });
    await expect(library.delete(id)).rejects.toMatchObject({ code });
  });

  it("refuses an absolute path even when it points into the posts folder", async () => {
    const folder = await tempFolder();
    await writeFiles(folder, { "post.md": "x" });
    await expect(libraryFor(folder).read(path.join(folder, "post.md"))).rejects.toBeInstanceOf(ApiError);
  });

  it("refuses a post that is a symlink to a file outside the posts folder", async () => {
    const [folder, outside] = [await tempFolder(), await tempFolder()];
    await writeFile(path.join(outside, "secret.md"), "secret");
    await symlink(path.join(outside, "secret.md"), path.join(folder, "link.md"));
    await symlink(outside, path.join(folder, "linked-folder"));
    const library = libraryFor(folder);
    await expect(library.read("link.md")).rejects.toMatchObject({ code: "forbidden" });
    await expect(library.read("linked-folder/secret.md")).rejects.toMatchObject({ code: "forbidden" });
    await expect(library.save("linked-folder/new.md", "x", null)).rejects.toMatchObject({ code: "forbidden" });
  });

  it("opens a post that is a symlink to another post in the folder", async () => {
    const folder = await tempFolder();
    await writeFiles(folder, { "real.md": "# Real" });
    await symlink(path.join(folder, "real.md"), path.join(folder, "alias.md"));
    expect((await libraryFor(folder).read("alias.md")).summary.title).toBe("Real");
  });

  it("never treats the temp folder itself as a post", async () => {
    await expect(libraryFor(os.tmpdir()).read("..")).rejects.toBeInstanceOf(ApiError);
  });
});
