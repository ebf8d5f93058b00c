/** What the durability specs do as a writer in browser mode: open, type, and set the autosave pause through the API. */
import { expect, type Page } from "@playwright/test";
import type { ServedPosts } from "./serve-posts";

export const editor = (page: Page) => page.getByRole("textbox", { name: "Markdown editor" });
export const posts = (page: Page) => page.getByRole("navigation", { name: "Posts" });
/** The toolbar's toggle that shows or hides a pane ("Editor", "Preview", "Readability", "Keywords", "Outline"); pressed while shown. */
export const paneToggle = (page: Page, pane: string) => page.getByRole("group", { name: "Panes" }).getByRole("button", { name: pane, exact: true });

/** Types at the end of the open post, as a writer adding a paragraph. */
export async function typeAtEnd(page: Page, text: string): Promise<void> {
  await editor(page).click();
  await page.keyboard.press("ControlOrMeta+End");
  await page.keyboard.type(text);
}

/** Opens the post titled `title` from the list and waits for the editor. */
export async function openPost(page: Page, title: string): Promise<void> {
  await posts(page).getByText(title, { exact: true }).click();
  await expect(editor(page)).toBeVisible();
}

/** Sets how long autosave waits, through the API as the page would, so a test decides when the disk is written. */
export async function setAutosaveDelay(served: ServedPosts, autosaveDelayMs: number): Promise<void> {
  const response = await fetch(`${served.origin}/api/call/updateSettings`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-clearpost-token": served.token },
    body: JSON.stringify([{ autosaveDelayMs }]),
  });
  if (!response.ok) throw new Error(`updateSettings failed: ${response.status} ${await response.text()}`);
}
