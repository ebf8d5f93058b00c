/**
 * The screenshots of the app, one scene each: the README's picture, the user guide's pictures,
 * and the dialogs worth looking at after changing them. Each runs on a fresh folder with the
 * welcome post (and the posts it writes), in browser mode.
 */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Page } from "@playwright/test";
import { editor, openPost, paneToggle, posts, setAutosaveDelay, typeAtEnd } from "../../tests/support/writer-page";
import type { Scene } from "./scene";

const WELCOME = "Welcome to Clearpost";

const LISBON = `---
title: Three days in Lisbon
description: Trams, pastries and viewpoints in three unhurried days.
---

We arrived on a grey morning and found the city bright by noon.

## Getting around

Tram 28 climbs through Alfama; buy a day pass and ride it early, before the crowds.

### Trams and funiculars

The Glória funicular saves a steep walk up to Bairro Alto.

## Where to eat

#### Pastries

A custard tart from the bakery in Belém is worth the queue, and the coffee is good too.
`;

const PORTO = `---
title: A weekend in Porto
tags: [travel]
draft: true
---

Porto has bridges, port wine and, yes, another custard tart by the river.
`;

const FIELD_NOTES = "---\ntitle: Field Notes\n---\n\n# Field notes\n\nWe walked to the river at dawn. The water was high after the rain.\n\nThe herons were already fishing.\n";

/** Opens the welcome post and waits for the analysis to fill the Readability panel. */
async function openWelcome(page: Page): Promise<void> {
  await posts(page).getByText(WELCOME, { exact: true }).click();
  await page.getByRole("region", { name: "Preview" }).getByRole("heading", { level: 1 }).waitFor();
  await page.getByRole("region", { name: "Readability" }).getByText(/^Grade [\d.]+ — /).waitFor();
}

async function addTravelPosts(folder: string): Promise<void> {
  await writeFile(join(folder, "lisbon.md"), LISBON);
  await writeFile(join(folder, "porto.md"), PORTO);
}

/** Shows a side panel by its toolbar button, if it is hidden. */
/** Shows or hides a pane by its toolbar toggle, whatever its state was. */
async function setPane(page: Page, name: string, shown: boolean): Promise<void> {
  const toggle = paneToggle(page, name);
  if ((await toggle.getAttribute("aria-pressed")) !== String(shown)) await toggle.click();
}

/** The README's picture: posts, editor with readability marks, preview, the Readability panel. */
const app: Scene = async ({ page, shoot }) => {
  await openWelcome(page);
  await shoot("screenshot");
};

const keywords: Scene = async ({ page, shoot }) => {
  await openWelcome(page);
  await setPane(page, "Readability", false);
  await setPane(page, "Keywords", true);
  await page.getByRole("region", { name: "Keywords" }).getByRole("button", { name: "Use as focus keyphrase" }).first().waitFor();
  await shoot("keywords");
};

const palette: Scene = async ({ page, shoot }) => {
  await openWelcome(page);
  await editor(page).locator(".cm-line").nth(8).click();
  await page.keyboard.press("ControlOrMeta+Shift+P");
  await page.getByRole("combobox", { name: "Command" }).fill("li");
  await shoot("palette");
};

const writingModes: Scene = async ({ page, shoot }) => {
  await openWelcome(page);
  await editor(page).getByText("draft: false").click();
  await page.keyboard.press("End");
  await page.keyboard.type("\nword_goal: 1000");
  await page.getByRole("progressbar", { name: "Word goal" }).waitFor();
  await editor(page).locator(".cm-line", { hasText: "quiet place" }).click();
  await page.keyboard.press("ControlOrMeta+Shift+P");
  await page.getByRole("combobox", { name: "Command" }).fill("focus mode");
  await page.keyboard.press("Enter");
  await page.locator(".cm-unfocused-line").first().waitFor();
  await shoot("focus-mode");
};

const outline: Scene = async ({ page, served, shoot }) => {
  await addTravelPosts(served.folder);
  await page.reload();
  await openPost(page, "Three days in Lisbon");
  await setPane(page, "Readability", false);
  await setPane(page, "Outline", true);
  await page.getByRole("navigation", { name: "Outline" }).getByRole("button", { name: "Trams and funiculars" }).click();
  await shoot("outline");
};

const findInPosts: Scene = async ({ page, served, shoot }) => {
  await addTravelPosts(served.folder);
  await page.reload();
  await openPost(page, "Three days in Lisbon");
  await page.keyboard.press("ControlOrMeta+Shift+F");
  await page.getByRole("searchbox", { name: "Find" }).fill("custard tart");
  await page.getByRole("status").filter({ hasText: "matches in" }).waitFor();
  await shoot("find-in-posts");
};

const darkSettings: Scene = async ({ page, shoot }) => {
  await openWelcome(page);
  await page.getByRole("button", { name: "Settings" }).click();
  await page.getByRole("dialog", { name: "Settings" }).getByLabel("Theme").selectOption({ label: "Dark" });
  await shoot("settings-dark");
  await page.keyboard.press("Escape");
  await shoot("dark");
};

const postsList: Scene = async ({ page, served, shoot }) => {
  await addTravelPosts(served.folder);
  await page.reload();
  await posts(page).getByText(/ words/).first().waitFor();
  await shoot("posts-list", page.getByRole("complementary"));
};

/** The "never lose a word" dialogs: History, Compare in a conflict, and the restore offer after a crash. */
const durability: Scene = async (context) => {
  const { page, shoot } = context;
  const file = join(context.served.folder, "field-notes.md");
  await writeFile(file, FIELD_NOTES);
  await setAutosaveDelay(context.served, 60_000);
  await page.reload();
  await openPost(page, "Field Notes");
  for (const line of ["\nA kingfisher flashed past.", " Then it was gone."]) {
    await typeAtEnd(page, line);
    await page.keyboard.press("ControlOrMeta+s");
    await page.waitForTimeout(300);
  }
  await page.getByRole("button", { name: "History" }).click();
  await page.getByRole("dialog", { name: "History" }).getByRole("region").waitFor();
  await shoot("history");
  await page.keyboard.press("Escape");
  await typeAtEnd(page, "\nUnsaved: the mist lifted by seven.");
  await writeFile(file, FIELD_NOTES.replace("at dawn", "before dawn"));
  await page.getByRole("button", { name: "Compare" }).click();
  await page.getByRole("dialog", { name: "Compare with the file on disk" }).getByRole("region").waitFor();
  await shoot("compare");
  await page.keyboard.press("Escape");
  await page.waitForTimeout(1_000);
  context.served = await context.served.crashAndRestart();
  await page.goto(context.served.url);
  await page.getByRole("dialog", { name: "Restore unsaved changes?" }).getByRole("region").waitFor();
  await shoot("restore");
};

/** Every scene by the name the command line takes. */
export const SCENES: Readonly<Record<string, Scene>> = {
  app,
  keywords,
  palette,
  "writing-modes": writingModes,
  outline,
  "find-in-posts": findInPosts,
  "dark-settings": darkSettings,
  "posts-list": postsList,
  durability,
};

/** The scenes whose shots the README's user guide shows (docs/guide/). */
export const GUIDE_SCENES = ["keywords", "palette", "writing-modes", "outline", "find-in-posts", "dark-settings", "posts-list"] as const;
