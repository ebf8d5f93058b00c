/**
 * Exporting posts to files: images inlined or copied with links that survive any folder name,
 * earlier exports replaced but nothing else, and the command line's errors and exit codes.
 */
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { exportPosts } from "../../src/main/cli/export-command";
import { parseCliArguments, type ExportCommand } from "../../src/main/cli/parse-arguments";
import { exportPostToFile } from "../../src/main/export/export-post-file";
import { ApiError } from "../../src/shared/api/errors";
import { TINY_PNG } from "../support/tiny-png";

let home: string;
let posts: string;

const IMAGES = ["my photos/cat 1.png", "C# notes/diagram.png", "why?/q.png", "100% done/chart.png", "café/crème.png", "other/cat 1.png"];
const POST = `---
title: Trip
---
![A cat](<my photos/cat 1.png>)
![Diagram](C%23%20notes/diagram.png) ![Question](<why?/q.png>) ![Chart](<100% done/chart.png>)
![Pastry](café/crème.png) ![Same name, other folder](<other/cat 1.png>) ![Again](my%20photos/cat%201.png)
![Remote](https://images.example.com/x.png) ![Missing](nowhere.png) ![Outside](../outside.png)

<figure><img src="café/crème.png" alt="raw"><figcaption>Raw HTML</figcaption></figure>
`;

beforeEach(async () => {
  home = await mkdtemp(join(tmpdir(), "clearpost-export-"));
  posts = join(home, "posts");
  for (const name of IMAGES) {
    await mkdir(join(posts, "2024", name, ".."), { recursive: true });
    await writeFile(join(posts, "2024", name), TINY_PNG);
  }
  await writeFile(join(posts, "2024", "trip.md"), POST);
  await writeFile(join(home, "outside.png"), TINY_PNG);
});

afterEach(async () => {
  await rm(home, { recursive: true, force: true });
});

const imageSources = (html: string) => [...html.matchAll(/<img src="([^"]*)"/g)].map((match) => match[1] ?? "");

describe("exporting a post to a file", () => {
  it("inlines every local image as a data URI and reports the ones it cannot find", async () => {
    const destination = join(home, "out", "trip.html");
    const result = await exportPostToFile({ folder: posts, id: "2024/trip.md", destination, images: "inline", fragment: false, overwrite: "exports-only" });
    expect(result).toEqual({ path: destination, missing: ["nowhere.png", "../outside.png"], copied: [] });
    const sources = imageSources(await readFile(destination, "utf8"));
    const inlined = `data:image/png;base64,${TINY_PNG.toString("base64")}`;
    expect(sources).toEqual([inlined, inlined, inlined, inlined, inlined, inlined, inlined, "https://images.example.com/x.png", "nowhere.png", "../outside.png", inlined]);
  });

  it("copies images into <page>_files/ with links that lead back to the files, whatever their names", async () => {
    const destination = join(home, "out", "My trip #1.html");
    const result = await exportPostToFile({ folder: posts, id: "2024/trip.md", destination, images: "folder", fragment: false, overwrite: "exports-only" });
    expect(result.copied).toEqual(["My trip #1_files/cat 1.png", "My trip #1_files/diagram.png", "My trip #1_files/q.png", "My trip #1_files/chart.png", "My trip #1_files/crème.png", "My trip #1_files/cat 1-2.png"]);
    expect((await readdir(join(home, "out", "My trip #1_files"))).sort()).toEqual(["cat 1-2.png", "cat 1.png", "chart.png", "crème.png", "diagram.png", "q.png"]);
    const pageUrl = new URL(`file://${join(home, "out", "My%20trip%20%231.html")}`);
    for (const src of imageSources(await readFile(destination, "utf8")).slice(0, 7)) {
      // What a browser opening the page from disk would load.
      const file = decodeURIComponent(new URL(src, pageUrl).pathname);
      expect(await readFile(file)).toEqual(TINY_PNG);
    }
  });

  it("replaces an earlier export but never a file Clearpost did not write", async () => {
    const destination = join(home, "out", "trip.html");
    const request = { folder: posts, id: "2024/trip.md", destination, images: "inline", fragment: false, overwrite: "exports-only" } as const;
    await exportPostToFile(request);
    await exportPostToFile(request);
    await exportPostToFile({ ...request, fragment: true });
    await exportPostToFile({ ...request, fragment: true });
    await writeFile(destination, "<p>my own page</p>");
    const refused = await exportPostToFile(request).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ApiError);
    expect((refused as ApiError).code).toBe("already-exists");
    expect(await readFile(destination, "utf8")).toBe("<p>my own page</p>");
    await exportPostToFile({ ...request, overwrite: "always" });
    expect(await readFile(destination, "utf8")).toMatch(/^<!DOCTYPE html>/);
  });

  it("writes the body alone as a fragment", async () => {
    const destination = join(home, "trip.fragment.html");
    await exportPostToFile({ folder: posts, id: "2024/trip.md", destination, images: "inline", fragment: true, overwrite: "exports-only" });
    const html = await readFile(destination, "utf8");
    expect(html).toMatch(/^<!-- Clearpost export -->\n<p><img src="data:image\/png/);
    expect(html).not.toContain("<head>");
  });
});

describe("clearpost export", () => {
  const output = () => {
    const lines = { out: [] as string[], err: [] as string[] };
    return { lines, sink: { out: (line: string) => lines.out.push(line), err: (line: string) => lines.err.push(line) } };
  };
  const command = (argv: string[]) => parseCliArguments(["export", ...argv]) as ExportCommand;

  it("parses its options", () => {
    expect(parseCliArguments(["export", "a.md", "b.md", "--out", "site", "--fragment", "--images", "folder", "--force"])).toEqual({
      kind: "export",
      posts: ["a.md", "b.md"],
      out: "site",
      fragment: true,
      images: "folder",
      postsFolder: null,
      force: true,
    });
    expect(parseCliArguments(["export", "a.md", "-o", "a.html", "--no-inline-images"])).toMatchObject({ out: "a.html", images: "folder" });
    expect(parseCliArguments(["export"])).toMatchObject({ kind: "usage-error" });
    expect(parseCliArguments(["export", "a.md", "--images", "zip"])).toMatchObject({ kind: "usage-error" });
    expect(parseCliArguments(["export", "a.md", "b.md", "-o", "one.html"])).toMatchObject({ kind: "usage-error" });
  });

  it("writes each page beside its post, or into --out, with images from the post's folder", async () => {
    const { lines, sink } = output();
    expect(await exportPosts(command([join(posts, "2024", "trip.md")]), sink)).toBe(0);
    expect(lines.out).toEqual([`${join(posts, "2024", "trip.md")} -> ${join(posts, "2024", "trip.html")}`]);
    expect(lines.err).toEqual([
      `clearpost: ${join(posts, "2024", "trip.md")}: image "nowhere.png" was not found in ${join(posts, "2024")}; its link is left as written.`,
      `clearpost: ${join(posts, "2024", "trip.md")}: image "../outside.png" was not found in ${join(posts, "2024")}; its link is left as written.`,
    ]);
    // With --posts naming the parent folder, ../outside.png is inside it and inlined.
    await writeFile(join(posts, "outside.png"), TINY_PNG);
    expect(await exportPosts(command([join(posts, "2024", "trip.md"), "--out", join(home, "site"), "--posts", posts]), output().sink)).toBe(0);
    expect(imageSources(await readFile(join(home, "site", "trip.html"), "utf8"))).not.toContain("../outside.png");
  });

  it("exits 2 for missing files and non-Markdown files before writing anything", async () => {
    const { lines, sink } = output();
    expect(await exportPosts(command([join(posts, "2024", "trip.md"), join(posts, "nope.md"), join(posts, "2024", "café", "crème.png")]), sink)).toBe(2);
    expect(lines.err).toEqual([`clearpost: ${join(posts, "nope.md")}: no such file.`, `clearpost: ${join(posts, "2024", "café", "crème.png")} is not a Markdown file (.md or .markdown).`]);
    expect(await readdir(join(posts, "2024"))).not.toContain("trip.html");
  });

  it("exits 1 without touching a file that is not an earlier export, unless --force", async () => {
    await writeFile(join(posts, "2024", "trip.html"), "mine");
    const { lines, sink } = output();
    expect(await exportPosts(command([join(posts, "2024", "trip.md")]), sink)).toBe(1);
    expect(lines.err.at(-1)).toMatch(/trip\.html already exists and was not written by Clearpost.*Use --force to replace it\.$/);
    expect(await readFile(join(posts, "2024", "trip.html"), "utf8")).toBe("mine");
    expect(await exportPosts(command([join(posts, "2024", "trip.md"), "--force"]), output().sink)).toBe(0);
  });
});
