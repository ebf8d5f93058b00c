/** Hot exit, conflicts with Compare, failed saves with Retry, and the empty-save guard, in the real page over browser mode. */
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { expect, type Page, test } from "@playwright/test";
import { type ServedPosts, servePosts } from "../support/serve-posts";
import { editor, openPost, setAutosaveDelay, typeAtEnd } from "../support/writer-page";

let served: ServedPosts;

test.beforeEach(async () => {
  served = await servePosts();
});

test.afterEach(async () => {
  await served.stop();
});

const POST = "---\ntitle: Field Notes\n---\n\nThe first paragraph, saved.\n";

async function fieldNotes(): Promise<string> {
  const file = join(served.folder, "field-notes.md");
  await mkdir(served.folder, { recursive: true });
  await writeFile(file, POST);
  return file;
}

/** Types `text` into Field Notes, waits a second, kills the server with SIGKILL and opens the restarted app. */
async function typeThenCrash(page: Page, text: string): Promise<void> {
  await setAutosaveDelay(served, 60_000);
  await page.goto(served.url);
  await openPost(page, "Field Notes");
  await typeAtEnd(page, text);
  await page.waitForTimeout(1_000);
  served = await served.crashAndRestart();
  await page.goto(served.url);
}

test("text typed a second before a crash is offered back after the restart, with its differences, and restored", async ({ page }) => {
  const file = await fieldNotes();
  await typeThenCrash(page, "Typed just before the crash.");
  const dialog = page.getByRole("dialog", { name: "Restore unsaved changes?" });
  await expect(dialog).toContainText("field-notes.md");
  const diff = dialog.getByRole("region", { name: /Changes from the file on disk to the unsaved text/ });
  await expect(diff.locator("ins")).toHaveText(["Typed just before the crash."]);
  await expect(diff.locator("del")).toHaveCount(0);
  expect(await readFile(file, "utf8")).toBe(POST);

  await dialog.getByRole("button", { name: "Restore" }).click();
  await expect(dialog).toBeHidden();
  await expect(editor(page)).toContainText("Typed just before the crash.");
  // Restored through the editor: undo takes it back, redo brings it again, and saving writes it.
  await editor(page).click();
  await page.keyboard.press("ControlOrMeta+z");
  await expect(editor(page)).not.toContainText("Typed just before the crash.");
  await page.keyboard.press("ControlOrMeta+Shift+z");
  await expect(editor(page)).toContainText("Typed just before the crash.");
  await page.keyboard.press("ControlOrMeta+s");
  await expect.poll(() => readFile(file, "utf8")).toContain("Typed just before the crash.");
});

test("discarded unsaved text is not offered again and never touches the post", async ({ page }) => {
  const file = await fieldNotes();
  await typeThenCrash(page, " Not wanted.");
  await page.getByRole("dialog", { name: "Restore unsaved changes?" }).getByRole("button", { name: "Discard changes" }).click();
  await page.reload();
  await openPost(page, "Field Notes");
  await expect(editor(page)).toContainText("The first paragraph, saved.");
  await expect(page.getByRole("dialog")).toHaveCount(0);
  expect(await readFile(file, "utf8")).toBe(POST);
});

test("a post with a backup offers it again when opened after 'Decide later'", async ({ page }) => {
  await fieldNotes();
  await typeThenCrash(page, " Later.");
  await page.getByRole("button", { name: "Decide later" }).click();
  await openPost(page, "Field Notes");
  await expect(page.getByRole("dialog", { name: "Restore unsaved changes?" })).toContainText("field-notes.md");
});

test("Compare shows how the disk differs from the editor, then keeps the writer's text", async ({ page }) => {
  const file = await fieldNotes();
  await setAutosaveDelay(served, 60_000);
  await page.goto(served.url);
  await openPost(page, "Field Notes");
  await typeAtEnd(page, "Mine.");
  await writeFile(file, `${POST}Theirs.\n`);
  await page.getByRole("button", { name: "Compare" }).click();
  const dialog = page.getByRole("dialog", { name: "Compare with the file on disk" });
  const diff = dialog.getByRole("region", { name: "Changes from the file on disk to your text" });
  await expect(diff.locator("ins")).toHaveText(["Mine."]);
  await expect(diff.locator("del")).toHaveText(["Theirs."]);
  await dialog.getByRole("button", { name: "Keep mine" }).click();
  await expect.poll(() => readFile(file, "utf8")).toBe(`${POST}Mine.`);
  await expect(page.getByRole("button", { name: "Compare" })).toHaveCount(0);
});

test("a save into a removed folder says so, keeps the text, and Retry saves it once the folder is back", async ({ page }) => {
  const folder = join(served.folder, "2024");
  await mkdir(folder, { recursive: true });
  await writeFile(join(folder, "trip.md"), "---\ntitle: Trip\n---\n\nDay one.\n");
  await setAutosaveDelay(served, 60_000);
  await page.goto(served.url);
  await openPost(page, "Trip");
  await typeAtEnd(page, " Day two.");
  await rm(folder, { recursive: true });
  await expect(page.getByText("This post was deleted or moved on disk.")).toBeVisible();
  await page.keyboard.press("ControlOrMeta+s");
  const failure = page.getByRole("alert").filter({ hasText: "no longer exists on disk" });
  await expect(failure).toContainText("Your text is safe in the editor and in Clearpost's backup.");
  await expect(editor(page)).toContainText("Day two.");

  await mkdir(folder);
  await failure.getByRole("button", { name: "Retry" }).click();
  await expect(failure).toBeHidden();
  await expect.poll(() => readFile(join(folder, "trip.md"), "utf8")).toBe("---\ntitle: Trip\n---\n\nDay one.\n Day two.");
});

test("emptying a post is saved only after the writer confirms it", async ({ page }) => {
  const file = await fieldNotes();
  await page.goto(served.url);
  await openPost(page, "Field Notes");
  await editor(page).click();
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.press("Delete");
  await page.keyboard.press("ControlOrMeta+s");
  const warning = page.getByRole("alert").filter({ hasText: "would leave" });
  await expect(warning).toBeVisible();
  expect(await readFile(file, "utf8")).toBe(POST);
  await warning.getByRole("button", { name: "Save empty post" }).click();
  await expect.poll(() => readFile(file, "utf8")).toBe("");
});

test("History lists the versions saves replaced, with words and grade, shows a diff and restores one through the editor", async ({ page }) => {
  const file = await fieldNotes();
  await setAutosaveDelay(served, 60_000);
  await page.goto(served.url);
  await openPost(page, "Field Notes");
  await typeAtEnd(page, "Second.");
  await page.keyboard.press("ControlOrMeta+s");
  await expect.poll(() => readFile(file, "utf8")).toContain("Second.");
  await typeAtEnd(page, " Third.");
  await page.keyboard.press("ControlOrMeta+s");
  await expect.poll(() => readFile(file, "utf8")).toContain("Third.");

  await page.getByRole("toolbar", { name: "Post" }).getByRole("button", { name: "History" }).click();
  const dialog = page.getByRole("dialog", { name: "History" });
  const versions = dialog.getByRole("list", { name: "Earlier versions" }).getByRole("button");
  await expect(versions).toHaveCount(2);
  await expect(versions.first()).toContainText(/5 words · grade \d/);
  await expect(versions.nth(1)).toContainText(/4 words · grade \d/);
  const diff = dialog.getByRole("region", { name: "Changes from this version to the text in the editor" });
  await expect(diff.locator("ins")).toHaveText(["Second. Third."]);

  await versions.nth(1).click();
  await expect(diff.locator("ins")).toHaveText(["Second. Third."]);
  await expect(diff.locator("del")).toHaveCount(0);
  await dialog.getByRole("button", { name: "Restore this version" }).click();
  await expect(dialog).toBeHidden();
  await expect(editor(page)).not.toContainText("Second.");
  await editor(page).click();
  await page.keyboard.press("ControlOrMeta+z");
  await expect(editor(page)).toContainText("Second. Third.");
});
