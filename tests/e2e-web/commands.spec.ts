/** The writer's comforts in browser mode: the command palette, formatting shortcuts, focus mode and the status bar's position and word goal. */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { expect, type Page, test } from "@playwright/test";
import { type ServedPosts, servePosts } from "../support/serve-posts";
import { editor, openPost } from "../support/writer-page";

const POST = `---
title: Commands at hand
word_goal: 50
---

First paragraph with some words.

Second paragraph here.

Third one.
`;

const palette = (page: Page) => page.getByRole("dialog", { name: "Command palette" });
const statusBar = (page: Page) => page.getByRole("status");

/** Puts the cursor at the start of the line that reads `text`. */
async function cursorTo(page: Page, text: string): Promise<void> {
  await editor(page).getByText(text).click();
  await page.keyboard.press("Home");
}

/** Selects the first word of the line that reads `text`. */
async function selectFirstWord(page: Page, text: string): Promise<void> {
  await cursorTo(page, text);
  await page.keyboard.press("Shift+ControlOrMeta+ArrowRight");
}

test.describe("commands", () => {
  let served: ServedPosts;

  test.beforeEach(async ({ page }) => {
    served = await servePosts();
    await writeFile(join(served.folder, "commands.md"), POST);
    await page.goto(served.url);
    await openPost(page, "Commands at hand");
  });

  test.afterEach(async () => {
    await served.stop();
  });

  test("the palette opens from the keyboard, filters as the writer types and runs Bold on the selection", async ({ page }) => {
    await selectFirstWord(page, "Second paragraph here.");
    await page.keyboard.press("ControlOrMeta+Shift+P");
    await expect(palette(page)).toBeVisible();
    const input = palette(page).getByRole("combobox", { name: "Command" });
    await expect(input).toBeFocused();
    await expect(palette(page).getByRole("option", { name: "Bullet List" })).toBeVisible();
    await expect(palette(page).getByRole("option", { name: "Show or Hide" })).toHaveCount(0);

    // Words in any order, any case.
    await input.fill("LIST bul");
    await expect(palette(page).getByRole("option")).toHaveText(["Bullet ListCtrl+Shift+8"]);

    await input.fill("Bold");
    const bold = palette(page).getByRole("option", { name: "Bold" });
    await expect(bold).toHaveAttribute("aria-selected", "true");
    await expect(bold).toContainText("Ctrl+B");
    await expect(input).toHaveAttribute("aria-activedescendant", (await bold.getAttribute("id")) ?? "");
    await page.keyboard.press("Enter");
    await expect(palette(page)).toBeHidden();
    await expect(editor(page)).toContainText("**Second** paragraph here.");
    // Focus went back to the editor: typing replaces the still-selected word.
    await page.keyboard.type("Next");
    await expect(editor(page)).toContainText("**Next** paragraph here.");
  });

  test("arrow keys move through the list and Escape closes the palette, giving focus back", async ({ page }) => {
    await cursorTo(page, "Third one.");
    await page.keyboard.press("ControlOrMeta+Shift+P");
    const input = palette(page).getByRole("combobox", { name: "Command" });
    await input.fill("heading");
    const options = palette(page).getByRole("option");
    await expect(options).toHaveCount(3);
    await page.keyboard.press("ArrowDown");
    await expect(options.nth(1)).toHaveAttribute("aria-selected", "true");
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("ArrowUp");
    await expect(options.nth(2)).toHaveAttribute("aria-selected", "true");
    // Up from the first option wraps to the last of a long list, scrolled into sight.
    await input.fill("");
    await page.keyboard.press("ArrowUp");
    await expect(options.last()).toHaveAttribute("aria-selected", "true");
    await expect(options.last()).toBeInViewport();
    await page.keyboard.press("Escape");
    await expect(palette(page)).toBeHidden();
    await expect(editor(page)).toBeFocused();
    await page.keyboard.type("X");
    await expect(editor(page)).toContainText("XThird one.");
  });

  test("Ctrl+B bolds and unbolds; Ctrl+2 makes a heading; Ctrl+Shift+8 a list", async ({ page }) => {
    await selectFirstWord(page, "First paragraph with some words.");
    await page.keyboard.press("ControlOrMeta+B");
    await expect(editor(page)).toContainText("**First** paragraph");
    await page.keyboard.press("ControlOrMeta+B");
    await expect(editor(page)).toContainText("First paragraph with some words.");
    await expect(editor(page)).not.toContainText("**");

    await cursorTo(page, "Third one.");
    await page.keyboard.press("ControlOrMeta+2");
    await expect(editor(page)).toContainText("## Third one.");
    await page.keyboard.press("ControlOrMeta+Shift+8");
    await expect(editor(page)).toContainText("- ## Third one.");
  });

  test("focus mode dims every paragraph but the one being written, and is remembered", async ({ page }) => {
    await cursorTo(page, "Second paragraph here.");
    await page.keyboard.press("ControlOrMeta+Shift+P");
    await palette(page).getByRole("combobox").fill("focus");
    await palette(page).getByRole("option", { name: "Turn On Focus Mode" }).click();
    const line = (text: string) => page.locator(".cm-line", { hasText: text });
    await expect(line("First paragraph")).toHaveClass(/cm-unfocused-line/);
    await expect(line("Third one.")).toHaveClass(/cm-unfocused-line/);
    await expect(line("Second paragraph")).not.toHaveClass(/cm-unfocused-line/);

    await page.reload();
    await openPost(page, "Commands at hand");
    await cursorTo(page, "Third one.");
    await expect(line("Second paragraph")).toHaveClass(/cm-unfocused-line/);
    await expect(line("Third one.")).not.toHaveClass(/cm-unfocused-line/);
  });

  test("typewriter mode makes room below the last line so it can reach the middle", async ({ page }) => {
    await cursorTo(page, "Third one.");
    await page.keyboard.press("ControlOrMeta+Shift+P");
    await palette(page).getByRole("combobox").fill("typewriter");
    await page.keyboard.press("Enter");
    await expect(page.locator(".cm-editor")).toHaveClass(/cm-typewriter/);
    await page.keyboard.press("ControlOrMeta+Shift+P");
    await expect(palette(page).getByRole("option", { name: "Turn Off Typewriter Mode" })).toBeVisible();
  });

  test("the status bar shows the cursor's line and column and the progress towards the word goal", async ({ page }) => {
    // The bar's width is set through the CSSOM: the CSP refuses style attributes, and would say so here.
    const consoleErrors: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error") consoleErrors.push(message.text());
    });
    await cursorTo(page, "First paragraph with some words.");
    await page.keyboard.press("End");
    await expect(statusBar(page)).toContainText("Ln 6, Col 33");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Home");
    await expect(statusBar(page)).toContainText("Ln 8, Col 1");

    const goal = statusBar(page).getByRole("progressbar", { name: "Word goal" });
    await expect(goal).toHaveAttribute("aria-valuenow", "10");
    await expect(goal).toHaveAttribute("aria-valuemax", "50");
    await expect(goal).toHaveText("10 / 50 words");
    await page.keyboard.type("Two more ");
    await expect(goal).toHaveAttribute("aria-valuenow", "12");
    expect(consoleErrors).toEqual([]);
  });
});
