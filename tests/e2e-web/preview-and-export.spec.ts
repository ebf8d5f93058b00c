/**
 * A writer previews a post with a table, code, a footnote and a photo from a folder with a space
 * and a `#` in its name, switches the preview to a phone's width, exports it, and opens the page
 * from disk: it shows the same post, makes no network request and logs no error. Screenshots of
 * both go to /tmp for a person to look at.
 */
import { execFile } from "node:child_process";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { type Browser, expect, type Page, test } from "@playwright/test";
import { gradientPng } from "../support/sample-png";
import { type ServedPosts, servePosts } from "../support/serve-posts";
import { paneToggle } from "../support/writer-page";

const SCREENSHOTS = process.env.CLEARPOST_SCREENSHOTS ?? "/tmp";

const POST = `---
title: A weekend in Lisbon
date: 2024-05-01
description: Trams, tiles and a very good custard tart.
tags: [travel, portugal]
---
We rode the old tram up the hill[^tram] and ate far too many pastries.

![Tram 28 on the hill](<photos #1/tram 28.png>)

## What it cost

| Item | Price | Worth it |
| :--- | ----: | :------: |
| Tram ticket | 3.10 € | yes |
| Pastel de nata | 1.30 € | *very* |

## Planning it again

- [x] Book the flight
- [ ] Learn more Portuguese

\`\`\`js
// Splits the bill between friends
const share = (total, people) => Math.ceil((total / people) * 100) / 100;
\`\`\`

<details>
<summary>The tart recipe</summary>

Eggs, sugar, cream and *patience*.

</details>

[^tram]: Line 28, from Martim Moniz.
`;

let served: ServedPosts;
const postFolder = () => join(served.folder, "2024 trips");

test.beforeEach(async () => {
  served = await servePosts();
  await mkdir(join(postFolder(), "photos #1"), { recursive: true });
  await writeFile(join(postFolder(), "photos #1", "tram 28.png"), gradientPng(480, 270, [242, 180, 40], [200, 60, 40]));
  await writeFile(join(postFolder(), "lisbon.md"), POST);
});

test.afterEach(async () => {
  await served.stop();
});

const preview = (page: Page) => page.getByRole("region", { name: "Preview" });

/** Errors the page logs and requests it makes, from the moment it is created. */
function watch(page: Page) {
  const seen = { errors: [] as string[], requests: [] as string[] };
  page.on("console", (message) => {
    if (message.type() === "error") seen.errors.push(message.text());
  });
  page.on("pageerror", (error) => seen.errors.push(error.message));
  page.on("request", (request) => seen.requests.push(request.url()));
  return seen;
}

/** Opens `file` from disk in a fresh page; the page's requests other than the file itself, and its errors. */
async function openFromDisk(browser: Browser, file: string, screenshot: string, colorScheme: "light" | "dark" = "light") {
  const page = await browser.newPage({ viewport: { width: 900, height: 1000 }, colorScheme });
  const seen = watch(page);
  const url = pathToFileURL(file).href;
  await page.goto(url);
  await expect(page.locator("img").first()).toBeVisible();
  const imageWidths = await page.locator("img").evaluateAll((images) => images.map((image) => (image as HTMLImageElement).naturalWidth));
  await page.screenshot({ path: join(SCREENSHOTS, screenshot), fullPage: true });
  const text = (await page.locator(".post-body").textContent())?.trim();
  await page.close();
  return { imageWidths, text, errors: seen.errors, otherRequests: seen.requests.filter((request) => request !== url) };
}

test("a post with a table, code, a footnote and a local photo previews as it will be published, and exports to one file", async ({ page, browser }) => {
  const seen = watch(page);
  await page.goto(served.url);
  await page.getByRole("navigation", { name: "Posts" }).getByText("A weekend in Lisbon").click();

  // The front matter is the header; the body has every feature.
  await expect(preview(page).getByRole("heading", { level: 1, name: "A weekend in Lisbon" })).toBeVisible();
  await expect(preview(page).getByText("Trams, tiles and a very good custard tart.")).toBeVisible();
  await expect(preview(page).getByRole("list").filter({ hasText: "travel" })).toContainText("portugal");
  await expect(preview(page).getByRole("heading", { level: 2, name: "What it cost" })).toHaveAttribute("id", "what-it-cost");
  await expect(preview(page).getByRole("table")).toContainText("Pastel de nata");
  await expect(preview(page).locator("td.align-right").first()).toHaveCSS("text-align", "right");
  await expect(preview(page).locator("pre code .hljs-keyword").first()).toHaveText("const");
  await expect(preview(page).getByRole("checkbox")).toHaveCount(2);
  await expect(preview(page).getByRole("checkbox").first()).toBeChecked();
  await expect(preview(page).locator("section.footnotes")).toContainText("Line 28, from Martim Moniz.");
  await preview(page).getByText("The tart recipe").click();
  await expect(preview(page).locator("details")).toContainText("patience");

  // The photo comes from "photos #1/" through the token-guarded image route, and really loads.
  const photo = preview(page).getByRole("img", { name: "Tram 28 on the hill" });
  await expect(photo).toHaveAttribute("src", `${served.origin}/asset/2024%20trips/photos%20%231/tram%2028.png?token=${served.token}`);
  await expect.poll(() => photo.evaluate((image) => (image as HTMLImageElement).naturalWidth)).toBe(480);

  // A phone's width, in the export theme, with the editor out of the way.
  await paneToggle(page, "Editor").click();
  const widths = page.getByRole("radiogroup", { name: "Preview width" });
  await widths.getByRole("radio", { name: "Phone" }).check();
  await expect.poll(() => preview(page).locator(".preview-frame").evaluate((frame) => frame.getBoundingClientRect().width)).toBe(375);
  await preview(page).evaluate((pane) => pane.scrollTo(0, 0));
  await preview(page).screenshot({ path: join(SCREENSHOTS, "clearpost-preview-phone.png") });
  await widths.getByRole("radio", { name: "Desktop" }).check();
  await paneToggle(page, "Editor").click();
  await preview(page).evaluate((pane) => pane.scrollTo(0, 0));
  await preview(page).screenshot({ path: join(SCREENSHOTS, "clearpost-preview.png") });
  const previewText = (await preview(page).locator(".preview-body").textContent())?.trim();

  // Export HTML writes export/lisbon.html in browser mode, images inlined.
  await page.getByRole("button", { name: "Export HTML" }).click();
  const exported = join(served.folder, "export", "lisbon.html");
  await expect(page.getByText(`Exported to ${exported}`)).toBeVisible();
  await page.screenshot({ path: join(SCREENSHOTS, "clearpost-window.png") });
  expect(seen.errors).toEqual([]);

  const opened = await openFromDisk(browser, exported, "clearpost-export.png");
  expect(opened.otherRequests).toEqual([]);
  expect(opened.errors).toEqual([]);
  expect(opened.imageWidths).toEqual([480]);
  expect(opened.text).toBe(previewText);
  // The theme's dark colours, for readers whose system asks for them.
  const dark = await openFromDisk(browser, exported, "clearpost-export-dark.png", "dark");
  expect([...dark.errors, ...dark.otherRequests]).toEqual([]);
  const html = await readFile(exported, "utf8");
  expect(html).toContain('<script type="application/ld+json">');
  expect(html).toContain("<title>A weekend in Lisbon</title>");
});

test("an export with its images in a folder beside it opens from disk, in a folder with spaces and a #", async ({ browser }) => {
  const out = join(served.folder, "..", "site #2 export");
  await promisify(execFile)(process.execPath, [resolve("bin/clearpost.cjs"), "export", join(postFolder(), "lisbon.md"), "--out", out, "--images", "folder"]);
  const opened = await openFromDisk(browser, join(out, "lisbon.html"), "clearpost-export-folder.png");
  expect(opened.imageWidths).toEqual([480]);
  expect(opened.errors).toEqual([]);
  expect(opened.otherRequests.map((url) => decodeURIComponent(new URL(url).pathname))).toEqual([join(out, "lisbon_files", "tram 28.png")]);
});
