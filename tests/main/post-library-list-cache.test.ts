import { writeFile } from "node:fs/promises";
import path from "node:path";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type * as postFile from "../../src/main/library/post-file";
import { readPostText } from "../../src/main/library/post-file";
import { libraryFor, writeFiles } from "./support/library";
import { useTempFolders } from "./support/temp-folder";

// The real reader, counted: the list cache is about how often posts are read.
vi.mock("../../src/main/library/post-file", async (importOriginal) => {
  const original = await importOriginal<typeof postFile>();
  return { ...original, readPostText: vi.fn(original.readPostText) };
});

describe("PostLibrary.list, listing again", () => {
  const tempFolder = useTempFolders();
  const reads = () => vi.mocked(readPostText).mock.calls.map(([file]) => path.basename(file));
  beforeEach(() => {
    vi.mocked(readPostText).mockClear();
  });

  it("reads only the posts whose file changed since the last list, and shows their new state", async () => {
    const folder = await tempFolder();
    await writeFiles(folder, { "a.md": "# A", "b.md": "# B", "c.md": "# C" });
    const library = libraryFor(folder);
    await library.list();
    expect(reads().sort()).toEqual(["a.md", "b.md", "c.md"]);

    vi.mocked(readPostText).mockClear();
    await library.list();
    expect(reads()).toEqual([]);

    await writeFile(path.join(folder, "b.md"), "# B, renamed in another editor");
    await writeFile(path.join(folder, "d.md"), "# D");
    vi.mocked(readPostText).mockClear();
    const titles = (await library.list()).map((post) => post.title).sort();
    expect(reads().sort()).toEqual(["b.md", "d.md"]);
    expect(titles).toEqual(["A", "B, renamed in another editor", "C", "D"]);
  });
});
