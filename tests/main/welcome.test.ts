import { readFile, readdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ensurePostsFolder } from "../../src/main/library/welcome";
import { WELCOME_POST_FILE_NAME, welcomePostText } from "../../src/main/library/welcome-post";
import { createMarkdownRenderer } from "../../src/shared/markdown/create-markdown-renderer";
import { countText } from "../../src/shared/post/counts";
import { splitPost } from "../../src/shared/post/front-matter";
import { summarizePost } from "../../src/shared/post/summary";
import { useTempFolders } from "./support/temp-folder";

describe("ensurePostsFolder", () => {
  const tempFolder = useTempFolders();

  it("creates a missing posts folder with the welcome post in it", async () => {
    const folder = path.join(await tempFolder(), "Documents", "Clearpost");
    expect(await ensurePostsFolder(folder)).toEqual({ folder, created: true });
    expect(await readdir(folder)).toEqual([WELCOME_POST_FILE_NAME]);
  });

  it("leaves an existing folder alone, so a deleted welcome post never comes back", async () => {
    const folder = path.join(await tempFolder(), "posts");
    await ensurePostsFolder(folder);
    await rm(path.join(folder, WELCOME_POST_FILE_NAME));
    expect(await ensurePostsFolder(folder)).toEqual({ folder, created: false });
    expect(await readdir(folder)).toEqual([]);
  });

  it("refuses a posts folder path that is a file", async () => {
    const file = path.join(await tempFolder(), "a-file");
    await writeFile(file, "x");
    await expect(ensurePostsFolder(file)).rejects.toMatchObject({ code: "invalid-argument" });
    expect(await readFile(file, "utf8")).toBe("x");
  });
});

describe("the welcome post", () => {
  const text = welcomePostText(new Date(2024, 0, 15));

  it("has the front matter a blog expects", () => {
    expect(splitPost(text).frontMatter).toEqual({
      data: { title: "Welcome to Clearpost", date: "2024-01-15", description: expect.any(String), tags: ["clearpost", "markdown"], draft: false },
      error: null,
    });
    expect(summarizePost(WELCOME_POST_FILE_NAME, text, 0).title).toBe("Welcome to Clearpost");
  });

  it("shows headings, emphasis, a list, a link, a quote, code and a table", () => {
    const html = createMarkdownRenderer().render(splitPost(text).body);
    expect(html).not.toMatch(/<h1[ >]/); // the title comes from front matter; a second H1 would repeat it
    for (const element of ["h2", "strong", "em", "ul", "a", "blockquote", "pre", "table"]) {
      expect(html).toMatch(new RegExp(`<${element}[ >]`));
    }
  });

  it("is short enough to read at a glance", () => {
    const { words } = countText(splitPost(text).body);
    expect(words).toBeGreaterThan(180);
    expect(words).toBeLessThan(330);
  });
});
