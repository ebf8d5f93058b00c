/** Opening a post and saving it unchanged gives back the very same bytes, nothing empties a post by accident, and killed saves leave no litter. */
import { readFile, readdir, utimes } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { LEFTOVER_TEMP_AGE_MS } from "../../src/main/library/atomic-write";
import { libraryFor, writeFiles } from "./support/library";
import { useTempFolders } from "./support/temp-folder";

const BOM = "\uFEFF";

/** Posts as other editors and systems write them. */
const FILES: readonly (readonly [string, Buffer])[] = [
  ["LF line endings", Buffer.from("---\ntitle: Unix\n---\n# Hello\n\nA line.\n")],
  ["CRLF line endings", Buffer.from("---\r\ntitle: Windows\r\n---\r\n# Hello\r\n\r\nA line.\r\n")],
  ["a UTF-8 byte order mark", Buffer.from(`${BOM}# Notepad\r\n\r\nCafé ☕ naïve\r\n`)],
  ["no final newline", Buffer.from("# Short\n\nThe last line has no newline")],
  ["mixed line endings", Buffer.from("# Mixed\r\nunix\nold mac\rwindows\r\n\n\r\n  trailing spaces  \t\n")],
  ["a BOM, CRLF and no final newline", Buffer.from(`${BOM}---\r\ntitle: All\r\n---\r\nend`)],
  ["only blank lines", Buffer.from("\n\n\r\n")],
  ["astral characters and combining marks", Buffer.from("# 😀 e\u0301\n\n𝔘𝔫𝔦𝔠𝔬𝔡𝔢\n")],
];

describe("open then save without edits", () => {
  const tempFolder = useTempFolders();

  it.each(FILES)("keeps a post with %s byte for byte", async (_name, bytes) => {
    const folder = await tempFolder();
    await writeFiles(folder, { "post.md": bytes });
    const library = libraryFor(folder);
    const opened = await library.read("post.md");
    const saved = await library.save("post.md", opened.text, opened.version);
    expect(await readFile(path.join(folder, "post.md"))).toEqual(bytes);
    expect(saved.version).toBe(opened.version);
  });
});

describe("an empty save", () => {
  const tempFolder = useTempFolders();

  it("never replaces a post's words unless the writer says so", async () => {
    const folder = await tempFolder();
    await writeFiles(folder, { "post.md": "Years of work.\n" });
    const library = libraryFor(folder);
    const opened = await library.read("post.md");
    for (const base of [opened.version, null]) {
      await expect(library.save("post.md", "", base)).rejects.toMatchObject({ code: "would-empty", message: expect.stringMatching(/would leave "post.md" empty/) });
    }
    expect(await readFile(path.join(folder, "post.md"), "utf8")).toBe("Years of work.\n");
    await library.save("post.md", "", opened.version, { allowEmpty: true });
    expect(await readFile(path.join(folder, "post.md"), "utf8")).toBe("");
  });

  it("saves an empty post over an empty or a missing file without asking", async () => {
    const folder = await tempFolder();
    await writeFiles(folder, { "empty.md": "" });
    const library = libraryFor(folder);
    await library.save("empty.md", "", null);
    await library.save("new.md", "", null);
    expect(await readFile(path.join(folder, "new.md"), "utf8")).toBe("");
  });
});

describe("temp files of killed saves", () => {
  const tempFolder = useTempFolders();

  it("are removed once they are an hour old, while a save under way keeps its own", async () => {
    const folder = await tempFolder();
    const hourAgo = new Date(Date.now() - LEFTOVER_TEMP_AGE_MS - 1_000);
    await writeFiles(folder, {
      "post.md": "x",
      ".post.md.clearpost-0123456789ab.tmp": "killed long ago",
      ".post.md.clearpost-ba9876543210.tmp": "a save under way",
      ".other.md.clearpost-0123456789ab.tmp": "another post's",
      ".post.md.swp": "another editor's",
    });
    for (const name of [".post.md.clearpost-0123456789ab.tmp", ".other.md.clearpost-0123456789ab.tmp", ".post.md.swp"]) {
      await utimes(path.join(folder, name), hourAgo, hourAgo);
    }
    await libraryFor(folder).save("post.md", "y", null);
    expect((await readdir(folder)).sort()).toEqual([".other.md.clearpost-0123456789ab.tmp", ".post.md.clearpost-ba9876543210.tmp", ".post.md.swp", "post.md"]);
  });
});
