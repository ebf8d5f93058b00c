/**
 * Another program changes the open post, in each of the five ways editors, git and sync tools
 * write files. With unsaved edits the writer is asked (nothing is overwritten); without, the
 * editor shows the new text. Clearpost's own saves never count as someone else's change.
 */
import { appendFile, mkdir, open, readFile, rename, truncate, unlink, writeFile } from "node:fs/promises";
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

const POST = "---\ntitle: Shared Draft\n---\n\nOriginal words.\n";
const THEIRS = "---\ntitle: Shared Draft\n---\n\nOriginal words.\nTheir new line.\n";
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Each way writes THEIRS over `file`, which holds POST. */
const WRITE_METHODS: Readonly<Record<string, (file: string) => Promise<void>>> = {
  "in-place write": async (file) => {
    // Overwrites the bytes where they are, then cuts the file to length, as many editors and sync tools do.
    const handle = await open(file, "r+");
    await handle.write(THEIRS, 0);
    await handle.truncate(Buffer.byteLength(THEIRS));
    await handle.close();
  },
  "write-temp-and-rename": async (file) => {
    const temp = join(file, "..", ".shared-draft.md.swp");
    await writeFile(temp, THEIRS);
    await rename(temp, file);
  },
  "delete-and-recreate": async (file) => {
    await unlink(file);
    await pause(300);
    await writeFile(file, THEIRS);
  },
  "truncate-then-write": async (file) => {
    await truncate(file, 0);
    await pause(30);
    await writeFile(file, THEIRS, { flag: "a" });
  },
  append: async (file) => {
    await appendFile(file, "Their new line.\n");
  },
};

const conflictBanner = (page: Page) => page.getByRole("alert").filter({ hasText: "This post changed on disk while you had unsaved changes here." });

async function openSharedDraft(page: Page): Promise<string> {
  const file = join(served.folder, "shared-draft.md");
  await mkdir(served.folder, { recursive: true });
  await writeFile(file, POST);
  await setAutosaveDelay(served, 60_000);
  await page.goto(served.url);
  await openPost(page, "Shared Draft");
  return file;
}

for (const [method, write] of Object.entries(WRITE_METHODS)) {
  test(`${method} over a post with unsaved edits asks which to keep and overwrites nothing`, async ({ page }) => {
    const file = await openSharedDraft(page);
    await typeAtEnd(page, "My unsaved line.");
    await write(file);
    await expect(conflictBanner(page)).toBeVisible();
    await expect(editor(page)).toContainText("My unsaved line.");
    expect(await readFile(file, "utf8")).toBe(THEIRS);
  });

  test(`${method} over a post without edits shows the new text`, async ({ page }) => {
    const file = await openSharedDraft(page);
    await write(file);
    await expect(editor(page)).toContainText("Their new line.");
    await page.waitForTimeout(500);
    await expect(page.getByRole("alert")).toHaveCount(0);
    expect(await readFile(file, "utf8")).toBe(THEIRS);
  });
}

test("the writer's own saves, by hand and by autosave, never raise a conflict", async ({ page }) => {
  const file = await openSharedDraft(page);
  await setAutosaveDelay(served, 200);
  await page.reload();
  await openPost(page, "Shared Draft");
  for (let round = 1; round <= 6; round++) {
    await typeAtEnd(page, ` Round ${round}.`);
    if (round % 2 === 0) await page.keyboard.press("ControlOrMeta+s");
    await page.waitForTimeout(round % 3 === 0 ? 400 : 120);
  }
  await expect.poll(() => readFile(file, "utf8")).toContain("Round 6.");
  await page.waitForTimeout(800);
  await expect(page.getByRole("alert")).toHaveCount(0);
  await expect(page).not.toHaveTitle(/^• /);
});
