/** The Keywords panel as a writer uses it in browser mode: suggestions, the focus keyphrase, previews and related posts. */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { expect, type Page, test } from "@playwright/test";
import { type ServedPosts, servePosts } from "../support/serve-posts";
import { paneToggle } from "../support/writer-page";

const POST = `---
title: Sourdough starter for beginners
# the description is written last
description: How to make a sourdough starter at home with flour and water, feed it, and know when it is ready to bake with.
---

A sourdough starter is flour and water that wild yeast has made its home. Every loaf of sourdough bread begins with a healthy sourdough starter.

## Feeding the sourdough starter

Feed the starter every day with equal weights of flour and water. A sourdough starter that doubles within six hours is ready.

## Baking the first loaf

Mix the ripe starter into the dough, let it rise slowly, and bake the sourdough loaf in a hot oven.
`;

const RYE = `---
title: Rye bread with a sourdough starter
---

Rye flour makes a dense loaf. A sourdough starter fed with rye flour gives the bread its sour taste.
`;

const keywords = (page: Page) => page.getByRole("region", { name: "Keywords" });
const editorText = (page: Page) => page.locator(".cm-content");

test.describe("the Keywords panel", () => {
  let served: ServedPosts;

  test.beforeEach(async ({ page }) => {
    served = await servePosts();
    await writeFile(join(served.folder, "sourdough-starter.md"), POST);
    await writeFile(join(served.folder, "rye-bread.md"), RYE);
    await page.goto(served.url);
    await page.getByRole("navigation", { name: "Posts" }).getByText("Sourdough starter for beginners").click();
    await paneToggle(page, "Keywords").click();
  });

  test.afterEach(async () => {
    await served.stop();
  });

  test("a suggestion becomes the focus keyphrase through the editor, and its checklist and search result follow", async ({ page }) => {
    const suggestion = keywords(page).getByRole("listitem").filter({ hasText: /^sourdough starter/i }).first();
    await expect(suggestion).toContainText("In the title, intro, headings");
    await expect(keywords(page).getByText("None yet.", { exact: false })).toBeVisible();

    await suggestion.getByRole("button", { name: "Use as focus keyphrase" }).click();
    // The front matter changed in the editor, keeping the writer's comment; the post is now unsaved.
    await expect(editorText(page)).toContainText("focus_keyphrase: sourdough starter");
    await expect(editorText(page)).toContainText("# the description is written last");
    const checks = keywords(page).getByRole("list", { name: "Focus keyphrase checks" });
    await expect(checks.getByText(/^Pass:/).first()).toBeVisible();
    await expect(checks).toContainText(/title/i);
    await expect(suggestion.getByRole("button", { name: "Use as focus keyphrase" })).toBeDisabled();

    const result = keywords(page).getByRole("figure", { name: "Search result preview" });
    await expect(result).toContainText("Sourdough starter for beginners");
    await expect(result).toContainText("your site › sourdough-starter");
    await expect(result).toContainText("How to make a sourdough starter");

    // The edit is the writer's to undo, like any other.
    await editorText(page).click();
    await page.keyboard.press("Control+z");
    await expect(editorText(page)).not.toContainText("focus_keyphrase");
    await expect(keywords(page).getByText("None yet.", { exact: false })).toBeVisible();
  });

  test("a suggestion is added to the keywords list, which gets its own checklist", async ({ page }) => {
    const suggestion = keywords(page).getByRole("listitem").filter({ hasText: /^flour/i }).first();
    await suggestion.getByRole("button", { name: "Add to keywords" }).click();
    await expect(editorText(page)).toContainText("keywords: [flour]");
    const entry = keywords(page).getByRole("group").filter({ hasText: "flour" });
    await expect(entry).toContainText(/to improve|all good/);
    await entry.getByText("flour", { exact: true }).click();
    await expect(entry.getByRole("list", { name: "Checks for flour" }).getByRole("listitem").first()).toBeVisible();
  });

  test("the search result updates as the writer types the title", async ({ page }) => {
    await editorText(page).getByText("title: Sourdough starter for beginners").click();
    await page.keyboard.press("End");
    await page.keyboard.type(" who never baked bread before and want to bake it at home this weekend");
    const result = keywords(page).getByRole("figure", { name: "Search result preview" });
    // Too wide for a search result: cut with an ellipsis, the full title still on the social card.
    await expect(result).toContainText("…");
    await expect(keywords(page).getByRole("figure", { name: "Social card preview" })).toContainText("want to bake it at home this weekend");
  });

  test("a related post is linked at the cursor with one click", async ({ page }) => {
    const related = keywords(page).getByRole("listitem").filter({ hasText: "Rye bread with a sourdough starter" });
    await expect(related).toContainText("alike");
    await editorText(page).getByText("in a hot oven.").click();
    await page.keyboard.press("End");
    await page.keyboard.type(" See also ");
    await related.getByRole("button", { name: "Insert link" }).click();
    await expect(editorText(page)).toContainText("See also [Rye bread with a sourdough starter](rye-bread.md)");
  });

  test("another post with the same focus keyphrase is flagged", async ({ page }) => {
    await writeFile(join(served.folder, "rye-bread.md"), RYE.replace("title:", "focus_keyphrase: sourdough starter\ntitle:"));
    const suggestion = keywords(page).getByRole("listitem").filter({ hasText: /^sourdough starter/i }).first();
    await suggestion.getByRole("button", { name: "Use as focus keyphrase" }).click();
    await expect(keywords(page).getByRole("list", { name: "Focus keyphrase checks" })).toContainText("rye-bread.md");
  });
});
