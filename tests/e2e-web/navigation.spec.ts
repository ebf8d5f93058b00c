/** Finding one's way: the Outline panel of the open post, and "Find in posts" across the folder, as a writer uses them in browser mode. */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { expect, type Page, test } from "@playwright/test";
import { type ServedPosts, servePosts } from "../support/serve-posts";
import { editor, openPost, paneToggle } from "../support/writer-page";

const paragraphs = (topic: string, count: number) =>
  Array.from({ length: count }, (_, i) => `Paragraph ${i + 1} about ${topic}: the tram climbs the hill while the river turns silver in the late afternoon light.`).join("\n\n");

const GUIDE = `---
title: A long guide to Lisbon
---

${paragraphs("arriving", 6)}

## Getting around

${paragraphs("trams", 8)}

### Tram 28

${paragraphs("the famous tram", 8)}

## Where to eat

${paragraphs("food", 10)}

#### Pastries

The custard tart at the corner bakery is worth the queue.

${paragraphs("pastries", 10)}

# A second title

${paragraphs("the end", 4)}
`;

const PORTO = `---
title: A weekend in Porto
---

Porto has bridges, port wine and, yes, another custard tart.

## Bridges

${paragraphs("bridges", 3)}
`;

const outline = (page: Page) => page.getByRole("navigation", { name: "Outline" });
const preview = (page: Page) => page.getByRole("region", { name: "Preview" });
const findDialog = (page: Page) => page.getByRole("dialog", { name: "Find in posts" });
const cursorLine = (page: Page) => page.locator(".cm-activeLine");

/** How far `heading` is below the top of the preview's visible area, in pixels. */
const distanceFromPreviewTop = (page: Page, name: string) =>
  preview(page)
    .getByRole("heading", { name, exact: true })
    .evaluate((heading) => heading.getBoundingClientRect().top - (heading.closest(".preview-pane")?.getBoundingClientRect().top ?? 0));

test.describe("finding one's way", () => {
  let served: ServedPosts;

  test.beforeEach(async ({ page }) => {
    served = await servePosts();
    await writeFile(join(served.folder, "lisbon.md"), GUIDE);
    await writeFile(join(served.folder, "porto.md"), PORTO);
    await writeFile(join(served.folder, "plain.md"), "---\ntitle: Nothing sweet\n---\n\nJust bread.\n");
    await page.goto(served.url);
    await openPost(page, "A long guide to Lisbon");
  });

  test.afterEach(async () => {
    await served.stop();
  });

  test("the outline lists the headings, goes to one in the editor and the preview, and flags a skipped level", async ({ page }) => {
    await paneToggle(page, "Outline").click();
    const items = outline(page).getByRole("button");
    await expect(items).toHaveText(["H2Getting around", "H3Tram 28", "H2Where to eat", "H4Pastries", "H1A second title"]);
    // Nested: Tram 28 sits in the list under Getting around.
    await expect(outline(page).getByRole("listitem").filter({ hasText: "Getting around" }).getByRole("button", { name: "Tram 28" })).toBeVisible();
    await expect(outline(page).getByRole("listitem").filter({ hasText: /^H4Pastries/ })).toContainText("Skipped level: H3 missing");
    await expect(outline(page).getByText("More than one H1: the front matter title is the page's H1")).toBeVisible();

    await outline(page).getByRole("button", { name: "Where to eat" }).click();
    await expect(editor(page)).toBeFocused();
    await expect(cursorLine(page)).toHaveText("## Where to eat");
    await expect(outline(page).getByRole("button", { name: "Where to eat" })).toHaveAttribute("aria-current", "location");
    await expect(preview(page).getByRole("heading", { name: "Where to eat", exact: true })).toBeInViewport();
    await expect.poll(() => distanceFromPreviewTop(page, "Where to eat")).toBeLessThan(120);

    // Typing below a heading keeps it marked as where the cursor is.
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.type("Lunch first. ");
    await outline(page).getByRole("button", { name: "Tram 28" }).click();
    await expect(cursorLine(page)).toHaveText("### Tram 28");
    await expect(outline(page).getByRole("button", { name: "Tram 28" })).toHaveAttribute("aria-current", "location");
    await expect(outline(page).getByRole("button", { name: "Where to eat" })).not.toHaveAttribute("aria-current", "location");
    await expect.poll(() => distanceFromPreviewTop(page, "Tram 28")).toBeLessThan(120);

    // The choice is remembered.
    await page.keyboard.press("ControlOrMeta+s");
    await expect(page.getByRole("status").filter({ hasText: "Saved" })).toBeVisible();
    await page.reload();
    await openPost(page, "A long guide to Lisbon");
    await expect(paneToggle(page, "Outline")).toHaveAttribute("aria-pressed", "true");
  });

  test("find in posts finds a phrase in two posts and opens the other one with the match selected", async ({ page }) => {
    await page.keyboard.press("ControlOrMeta+Shift+F");
    await expect(findDialog(page)).toBeVisible();
    await findDialog(page).getByRole("searchbox", { name: "Find" }).fill("custard TART");
    await expect(findDialog(page).getByRole("status")).toHaveText("2 matches in 2 posts (of 4 searched).");
    const porto = findDialog(page).getByRole("listitem").filter({ has: page.getByRole("heading", { name: /A weekend in Porto/ }) });
    await expect(porto.locator("mark")).toHaveText("custard tart");
    await porto.getByRole("button", { name: /Line 5/ }).click();

    await expect(findDialog(page)).toBeHidden();
    await expect(page.getByRole("toolbar", { name: "Post" })).toContainText("porto.md");
    await expect(editor(page)).toBeFocused();
    await expect(cursorLine(page)).toHaveText("Porto has bridges, port wine and, yes, another custard tart.");
    await expect.poll(() => page.evaluate(() => document.getSelection()?.toString())).toBe("custard tart");
  });

  test("find in posts takes a regular expression, and says when one is invalid", async ({ page }) => {
    await page.keyboard.press("ControlOrMeta+Shift+F");
    const dialog = findDialog(page);
    await dialog.getByRole("checkbox", { name: "Regular expression" }).check();
    await dialog.getByRole("searchbox", { name: "Find" }).fill("^#{4} \\w+");
    await expect(dialog.getByRole("status")).toHaveText("1 match in 1 post (of 4 searched).");
    await expect(dialog.getByRole("button", { name: /Line \d+ #### Pastries/ })).toBeVisible();

    await dialog.getByRole("searchbox", { name: "Find" }).fill("tart(");
    await expect(dialog.getByRole("alert")).toContainText("Not a valid regular expression");
    await expect(dialog.getByRole("searchbox", { name: "Find" })).toHaveAttribute("aria-invalid", "true");

    // Match case: "Porto" in capitals only.
    await dialog.getByRole("checkbox", { name: "Regular expression" }).uncheck();
    await dialog.getByRole("checkbox", { name: "Match case" }).check();
    await dialog.getByRole("searchbox", { name: "Find" }).fill("porto");
    await expect(dialog.getByRole("status")).toHaveText("No matches in 4 posts.");
  });
});
