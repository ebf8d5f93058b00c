import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { libraryFor, writeFiles } from "./support/library";
import { useTempFolders } from "./support/temp-folder";

describe("new posts from the folder's template", () => {
  const tempFolder = useTempFolders();

  it("uses .clearpost/template.md with the title, date and slug filled in", async () => {
    const folder = await tempFolder();
    await writeFiles(folder, { ".clearpost/template.md": "---\ntitle: {{title}}\ndate: {{date}}\nauthor: Ana\ndraft: true\n---\n\nIntro for {{slug}}.\n" });
    const post = await libraryFor(folder, new Date(2024, 4, 17)).create("Spring: the garden");
    expect(post.templateProblem).toBeNull();
    expect(post.id).toBe("spring-the-garden.md");
    expect(await readFile(path.join(folder, post.id), "utf8")).toBe("---\ntitle: \"Spring: the garden\"\ndate: 2024-05-17\nauthor: Ana\ndraft: true\n---\n\nIntro for spring-the-garden.\n");
    expect(post.summary).toMatchObject({ title: "Spring: the garden", date: "2024-05-17", draft: true });
  });

  it("uses the usual front matter when there is no template", async () => {
    const folder = await tempFolder();
    const post = await libraryFor(folder, new Date(2024, 4, 17)).create("Plain");
    expect(post.templateProblem).toBeNull();
    expect(post.text).toBe("---\ntitle: Plain\ndate: 2024-05-17\ndraft: true\n---\n\n");
  });

  it("says why a broken template was not used and creates the post with the usual front matter", async () => {
    const folder = await tempFolder();
    await writeFiles(folder, { ".clearpost/template.md": "---\ntitle: {{title}}\n  bad: [indent\n---\n" });
    const post = await libraryFor(folder, new Date(2024, 4, 17)).create("Plain");
    expect(post.templateProblem).toMatch(/template for new posts \(\.clearpost\/template\.md\) cannot be used: The front matter is not valid YAML.*The post was created with the usual front matter\./);
    expect(post.text).toBe("---\ntitle: Plain\ndate: 2024-05-17\ndraft: true\n---\n\n");
  });

  it("says so when the template is not text", async () => {
    const folder = await tempFolder();
    await writeFiles(folder, { ".clearpost/template.md": new Uint8Array([0xff, 0xfe, 0x00, 0xc3]) });
    const post = await libraryFor(folder).create("Plain");
    expect(post.templateProblem).toMatch(/could not read the template for new posts .*: it is not UTF-8 text\./);
    expect(post.summary.title).toBe("Plain");
  });

  it("never lists the template as a post", async () => {
    const folder = await tempFolder();
    await writeFiles(folder, { ".clearpost/template.md": "---\ntitle: {{title}}\n---\n" });
    expect(await libraryFor(folder).list()).toEqual([]);
  });
});
