/**
 * A writer publishes from the preview: copies the post as HTML for a blog engine (both clipboard
 * flavours read back), exports its body alone, exports every published post with an index that
 * opens from disk with working links, and clicks the preview to put the cursor at the source.
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { expect, type Page, test } from "@playwright/test";
import { HtmlValidate } from "html-validate";
import { gradientPng } from "../support/sample-png";
import { type ServedPosts, servePosts } from "../support/serve-posts";

const POST = `---
title: A weekend in Lisbon
date: 2024-05-01
description: Trams, tiles and a very good custard tart.
---
We rode the old tram up the hill[^tram] and ate far too many pastries.

![Tram 28 on the hill](<photos #1/tram 28.png>)

## What it cost

| Item | Price |
| :--- | ----: |
| Tram ticket | 3.10 € |
| Pastel de nata | 1.30 € |

<script>document.title = "owned"</script>

## Planning it again

A second paragraph to select text in.

[^tram]: Line 28, from Martim Moniz.
`;

let served: ServedPosts;

test.beforeEach(async ({ page }) => {
  served = await servePosts();
  const trips = join(served.folder, "2024 trips");
  await mkdir(join(trips, "photos #1"), { recursive: true });
  await writeFile(join(trips, "photos #1", "tram 28.png"), gradientPng(48, 27, [242, 180, 40], [200, 60, 40]));
  await writeFile(join(trips, "lisbon.md"), POST);
  await writeFile(join(served.folder, "porto?.md"), "---\ntitle: Porto & the river\ndate: 2024-06-10\n---\nBridges.\n");
  await writeFile(join(served.folder, "wip.md"), "---\ntitle: Not ready\ndraft: true\n---\nSoon.\n");
  await page.goto(served.url);
  await page.getByRole("navigation", { name: "Posts" }).getByText("A weekend in Lisbon").click();
  await expect(preview(page).getByRole("heading", { level: 1, name: "A weekend in Lisbon" })).toBeVisible();
});

test.afterEach(async () => {
  await served.stop();
});

const preview = (page: Page) => page.getByRole("region", { name: "Preview" });
/** The editor's line with the cursor. */
const cursorLine = (page: Page) => page.locator(".cm-activeLine");

async function chooseExport(page: Page, item: string): Promise<void> {
  await page.getByRole("button", { name: "More export options" }).click();
  await page.getByRole("menu", { name: "Export" }).getByRole("menuitem", { name: item }).click();
}

test("Copy as HTML puts the sanitized body on the clipboard as HTML and as its source, the same body Export fragment writes", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: served.origin });
  await chooseExport(page, "Copy as HTML");
  await expect(page.getByText("Copied the post as HTML")).toBeVisible();
  const clipboard = await page.evaluate(async () => {
    const [item] = await (navigator.clipboard.read as (options: unknown) => Promise<ClipboardItems>)({ unsanitized: ["text/html"] });
    if (!item) return null;
    return { types: [...item.types].sort(), html: await (await item.getType("text/html")).text(), plain: await (await item.getType("text/plain")).text() };
  });
  expect(clipboard?.types).toEqual(["text/html", "text/plain"]);
  const plain = clipboard?.plain ?? "";
  expect(plain).toMatch(/^<p>We rode the old tram/);
  expect(plain).toContain('<img src="data:image/png;base64,');
  expect(plain).toContain('<h2 id="what-it-cost">What it cost</h2>');
  expect(plain).not.toMatch(/<script|data-source-line|\?token=/);
  // As written: relative links such as the footnote's stay relative (a sanitizing write would make them point at the app).
  expect(clipboard?.html).toBe(plain);
  expect(plain).toContain('<a href="#fn1" id="fnref1">');

  await chooseExport(page, "Export fragment");
  const fragment = join(served.folder, "export", "lisbon.fragment.html");
  await expect(page.getByText(`Exported the fragment to ${fragment}`)).toBeVisible();
  expect(await readFile(fragment, "utf8")).toBe(`<!-- Clearpost export -->\n${plain}`);
  // The menu's button is still the way back in, and the writer's focus went back to it.
  await expect(page.getByRole("button", { name: "More export options" })).toBeFocused();
});

test("Export all posts writes the published posts and an index that opens from disk and links to them", async ({ page, browser }) => {
  await chooseExport(page, "Export all posts");
  const site = join(served.folder, "export");
  await expect(page.getByText(`Exported 3 posts and an index to ${site}; 1 draft left out`)).toBeVisible();

  const index = join(site, "index.html");
  const html = await readFile(index, "utf8");
  const validator = new HtmlValidate({ extends: ["html-validate:recommended"] });
  const report = await validator.validateString(html);
  expect(report.results.flatMap((result) => result.messages.map((message) => message.message))).toEqual([]);

  const reader = await browser.newPage();
  const seen = { errors: [] as string[], requests: [] as string[] };
  reader.on("console", (message) => {
    if (message.type() === "error") seen.errors.push(message.text());
  });
  reader.on("request", (request) => seen.requests.push(request.url()));
  await reader.goto(pathToFileURL(index).href);
  const titles = reader.getByRole("listitem").getByRole("heading", { level: 2 });
  // The welcome post is dated the day the folder was made.
  await expect(titles).toHaveText(["Welcome to Clearpost", "Porto & the river", "A weekend in Lisbon"]);
  await expect(reader.getByText("Not ready")).toHaveCount(0);
  await reader.screenshot({ path: "/tmp/clearpost-export-index.png", fullPage: true });
  await reader.getByRole("link", { name: "A weekend in Lisbon" }).click();
  await expect(reader.getByRole("heading", { level: 1, name: "A weekend in Lisbon" })).toBeVisible();
  await expect.poll(() => reader.getByRole("img", { name: "Tram 28 on the hill" }).evaluate((image) => (image as HTMLImageElement).naturalWidth)).toBe(48);
  await reader.goBack();
  await reader.getByRole("link", { name: "Porto & the river" }).click();
  await expect(reader.getByText("Bridges.")).toBeVisible();
  expect(seen.errors).toEqual([]);
  expect(seen.requests.every((url) => url.startsWith("file://"))).toBe(true);
  await reader.close();
});

test("clicking the preview puts the cursor at the block's source, but links and selecting text do not", async ({ page }) => {
  await preview(page).getByText("We rode the old tram").click();
  await expect(cursorLine(page)).toHaveText(/^We rode the old tram/);
  await expect(page.getByRole("textbox", { name: "Markdown editor" })).toBeFocused();

  await preview(page).getByRole("heading", { name: "Planning it again" }).click();
  await expect(cursorLine(page)).toHaveText("## Planning it again");
  // Inside a table, the row clicked.
  await preview(page).getByRole("cell", { name: "Pastel de nata" }).click();
  await expect(cursorLine(page)).toHaveText(/^\| Pastel de nata/);
  // The cursor is at the start of that line: typing goes there.
  await page.keyboard.type("Very ");
  await expect(cursorLine(page)).toHaveText(/^Very \| Pastel de nata/);
  await page.keyboard.press("ControlOrMeta+z");

  // A footnote link scrolls the preview to the note, as before, and the cursor stays.
  await preview(page).getByRole("link", { name: "[1]", exact: true }).click();
  await expect(preview(page).getByText("Line 28, from Martim Moniz.")).toBeInViewport();
  await expect(cursorLine(page)).toHaveText(/Pastel de nata/);

  // Selecting words in the preview to copy them does not move the cursor either.
  const paragraph = preview(page).getByText("A second paragraph to select text in.");
  await paragraph.scrollIntoViewIfNeeded();
  const box = await paragraph.boundingBox();
  if (!box) throw new Error("the paragraph is not shown");
  await page.mouse.move(box.x + 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width - 2, box.y + box.height / 2, { steps: 5 });
  await page.mouse.up();
  expect(await page.evaluate(() => window.getSelection()?.toString() ?? "")).toContain("second paragraph");
  await expect(cursorLine(page)).toHaveText(/Pastel de nata/);
});

test("Export HTML first lists what the post still lacks, and the writer can go back or export anyway", async ({ page }) => {
  const editor = page.getByRole("textbox", { name: "Markdown editor" });
  await editor.click();
  await page.keyboard.press("ControlOrMeta+End");
  await page.keyboard.type("\n![](photos/missing.png)\n");
  await page.getByRole("button", { name: "Export HTML" }).click();

  const dialog = page.getByRole("dialog", { name: "Before you publish" });
  const problems = dialog.getByRole("list", { name: "Problems found" });
  await expect(problems).toContainText("“photos/missing.png” names no file in the posts folder");
  await expect(problems).toContainText("alt text");
  await expect(dialog.getByRole("button", { name: "Fix first" })).toBeFocused();
  await dialog.getByRole("button", { name: "Fix first" }).click();
  await expect(dialog).toBeHidden();
  const exported = join(served.folder, "export", "lisbon.html");
  await expect(page.getByText(`Exported to ${exported}`)).toHaveCount(0);

  await page.getByRole("button", { name: "Export HTML" }).click();
  await dialog.getByRole("button", { name: "Export anyway" }).click();
  await expect(page.getByText(`Exported to ${exported}`)).toBeVisible();
});
