/**
 * "Export all" writes a site a writer can upload: every post that is not a draft, an index that
 * lists them newest first with links that reach the pages whatever the folder names, valid HTML
 * throughout, and nothing written at all when it would replace a file Clearpost did not write.
 */
import { mkdir, readFile, readdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { HtmlValidate } from "html-validate";
import { beforeEach, describe, expect, it } from "vitest";
import { exportAllCommand } from "../../src/main/cli/export-all-command";
import { type ExportAllCommand, parseCliArguments } from "../../src/main/cli/parse-arguments";
import { exportAllPosts } from "../../src/main/export/export-all-posts";
import { ApiError } from "../../src/shared/api/errors";
import { TINY_PNG } from "../support/tiny-png";
import { useTempFolders } from "./support/temp-folder";

const tempFolder = useTempFolders();
// The DOM serializer writes boolean attributes as `checked=""`, which HTML defines as `checked` (as for single exports).
const validator = new HtmlValidate({ extends: ["html-validate:recommended"], rules: { "attribute-boolean-style": ["error", { style: "empty" }] } });

let posts: string;
let site: string;

const post = (front: string, body: string) => `---\n${front}\n---\n${body}\n`;

beforeEach(async () => {
  const home = await tempFolder();
  posts = join(home, "My blog");
  site = join(home, "site");
  await mkdir(join(posts, "2024 trips #1", "photos"), { recursive: true });
  await mkdir(join(posts, "notes"), { recursive: true });
  await writeFile(join(posts, "2024 trips #1", "photos", "tram 28.png"), TINY_PNG);
  await writeFile(join(posts, "2024 trips #1", "lisbon?.md"), post("title: A weekend in Lisbon\ndate: 2024-05-01\ndescription: Trams & <tiles>.", "![Tram](<photos/tram 28.png>)"));
  await writeFile(join(posts, "notes", "100% café:1.md"), post("title: Coffee notes\ndate: 2023-11-20", "Strong."));
  await writeFile(join(posts, "index.md"), post("title: About me\ndate: 2022-01-01", "Hello."));
  await writeFile(join(posts, "wip.md"), post("title: Half written\ndate: 2025-01-01\ndraft: true", "Soon."));
});

/** The index's links as [href, text], in order. */
const links = (html: string) => [...html.matchAll(/<a href="([^"]+)">([^<]+)<\/a>/g)].map((match) => [match[1] ?? "", match[2] ?? ""]);

async function validationMessages(file: string): Promise<string[]> {
  const report = await validator.validateString(await readFile(file, "utf8"));
  return report.results.flatMap((result) => result.messages.map((message) => `${file}: ${message.ruleId}: ${message.message}`));
}

describe("exporting every post", () => {
  it("writes the published posts and an index of them, newest first, whose links reach each page", async () => {
    const result = await exportAllPosts({ folder: posts, destination: site, images: "inline", overwrite: "exports-only" });
    expect(result.drafts).toEqual(["wip.md"]);
    expect(result.pages.map((page) => page.id)).toEqual(["2024 trips #1/lisbon?.md", "notes/100% café:1.md", "index.md"]);

    const index = await readFile(result.index, "utf8");
    expect(links(index)).toEqual([
      ["./2024%20trips%20%231/lisbon%3F.html", "A weekend in Lisbon"],
      ["./notes/100%25%20caf%C3%A9%3A1.html", "Coffee notes"],
      // The index keeps its name; the post called index.md moves aside.
      ["./index-2.html", "About me"],
    ]);
    expect(index).toContain('<time class="post-date" datetime="2024-05-01">May 1, 2024</time>');
    expect(index).toContain("Trams &amp; &lt;tiles&gt;.");
    expect(index).not.toContain("Half written");
    expect(index).toContain("<title>My blog</title>");
    expect(index).toContain("script-src 'none'");

    // What a browser opening the index from disk would load for each link.
    for (const [href] of links(index)) {
      const page = decodeURIComponent(new URL(href ?? "", pathToFileURL(result.index)).pathname);
      expect(await readFile(page, "utf8")).toMatch(/^<!DOCTYPE html>/);
    }
    expect(await readFile(join(site, "2024 trips #1", "lisbon?.html"), "utf8")).toContain('src="data:image/png;base64,');

    const files = [result.index, ...result.pages.map((page) => page.path)];
    expect((await Promise.all(files.map(validationMessages))).flat()).toEqual([]);
  });

  it("copies images beside each page in folder mode", async () => {
    await exportAllPosts({ folder: posts, destination: site, images: "folder", overwrite: "exports-only" });
    expect(await readdir(join(site, "2024 trips #1", "lisbon?_files"))).toEqual(["tram 28.png"]);
    expect(await readFile(join(site, "2024 trips #1", "lisbon?.html"), "utf8")).toContain('src="./lisbon%3F_files/tram%2028.png"');
  });

  it("replaces its own earlier export, but writes nothing when a file it did not write is in the way", async () => {
    await exportAllPosts({ folder: posts, destination: site, images: "inline", overwrite: "exports-only" });
    await exportAllPosts({ folder: posts, destination: site, images: "inline", overwrite: "exports-only" });
    await writeFile(join(site, "notes", "100% café:1.html"), "<p>my own page</p>");
    await writeFile(join(posts, "new.md"), post("title: Newer\ndate: 2026-01-01", "New."));
    const refused = await exportAllPosts({ folder: posts, destination: site, images: "inline", overwrite: "exports-only" }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ApiError);
    expect((refused as ApiError).code).toBe("already-exists");
    expect((refused as ApiError).message).toContain("100% café:1.html");
    expect(await readdir(site)).not.toContain("new.html");
    expect(await readFile(join(site, "notes", "100% café:1.html"), "utf8")).toBe("<p>my own page</p>");
  });

  it("writes an index that says so when every post is a draft", async () => {
    const empty = join(site, "..", "drafts only");
    await mkdir(empty);
    await writeFile(join(empty, "wip.md"), post("title: Half written\ndraft: true", "Soon."));
    const result = await exportAllPosts({ folder: empty, destination: site, images: "inline", overwrite: "exports-only" });
    expect(result.pages).toEqual([]);
    expect(await readFile(result.index, "utf8")).toContain("No published posts yet.");
    expect(await validationMessages(result.index)).toEqual([]);
  });
});

describe("clearpost export --all", () => {
  const output = () => {
    const lines = { out: [] as string[], err: [] as string[] };
    return { lines, sink: { out: (line: string) => lines.out.push(line), err: (line: string) => lines.err.push(line) } };
  };

  it("parses its options and refuses ones that do not fit a whole folder", () => {
    expect(parseCliArguments(["export", "--all", "posts", "-o", "site", "--images", "folder"])).toEqual({ kind: "export-all", folder: "posts", out: "site", images: "folder", force: false });
    expect(parseCliArguments(["export", "--all", "posts"])).toMatchObject({ kind: "export-all", out: null, images: "inline" });
    for (const argv of [["--all"], ["--all", "a", "b"], ["--all", "posts", "--fragment"], ["--all", "posts", "--posts", "x"], ["--all", "posts", "-o", "site.html"]]) {
      expect(parseCliArguments(["export", ...argv])).toMatchObject({ kind: "usage-error" });
    }
  });

  it("writes the site into export/ of the folder by default and says what it wrote", async () => {
    const { lines, sink } = output();
    expect(await exportAllCommand(parseCliArguments(["export", "--all", posts]) as ExportAllCommand, sink)).toBe(0);
    expect(lines.out.at(-1)).toBe(`index -> ${join(posts, "export", "index.html")} (1 draft left out)`);
    expect(lines.out).toHaveLength(4);
    expect(lines.err).toEqual([]);
  });

  it("exits 2 for a missing folder and 1 when a file is in the way, until --force", async () => {
    const { lines, sink } = output();
    expect(await exportAllCommand(parseCliArguments(["export", "--all", join(posts, "nope")]) as ExportAllCommand, sink)).toBe(2);
    expect(lines.err).toEqual([`clearpost: ${join(posts, "nope")}: no such folder.`]);
    await mkdir(site);
    await writeFile(join(site, "index.html"), "mine");
    expect(await exportAllCommand(parseCliArguments(["export", "--all", posts, "-o", site]) as ExportAllCommand, sink)).toBe(1);
    expect(lines.err.at(-1)).toMatch(/index\.html already exists .*Use --force to replace them\.$/);
    expect(await exportAllCommand(parseCliArguments(["export", "--all", posts, "-o", site, "--force"]) as ExportAllCommand, sink)).toBe(0);
    expect(await readFile(join(site, "index.html"), "utf8")).toMatch(/^<!DOCTYPE html>/);
  });
});
