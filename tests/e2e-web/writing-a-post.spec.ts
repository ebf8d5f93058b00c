/** A writer's first session in browser mode: welcome post, a new post, typing, preview, saving, changes on disk. */
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { expect, type Page, test } from "@playwright/test";
import { type ServedPosts, servePosts } from "../support/serve-posts";

let served: ServedPosts;

test.beforeEach(async () => {
  served = await servePosts();
});

test.afterEach(async () => {
  await served.stop();
});

const editor = (page: Page) => page.getByRole("textbox", { name: "Markdown editor" });
const preview = (page: Page) => page.getByRole("region", { name: "Preview" });
const posts = (page: Page) => page.getByRole("navigation", { name: "Posts" });

async function createPost(page: Page, title: string): Promise<void> {
  await page.getByRole("button", { name: "New post" }).click();
  await page.getByRole("textbox", { name: "Title" }).fill(title);
  await page.getByRole("button", { name: "Create" }).click();
  await expect(preview(page).getByRole("heading", { level: 1, name: title })).toBeVisible();
}

test("a first run shows the welcome post, rendered with its front matter as the header", async ({ page }) => {
  const cspErrors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy/i.test(message.text())) cspErrors.push(message.text());
  });
  await page.goto(served.url);
  await posts(page).getByText("Welcome to Clearpost").click();
  await expect(preview(page).getByRole("heading", { level: 1, name: "Welcome to Clearpost" })).toBeVisible();
  await expect(preview(page)).not.toContainText("title: Welcome");
  await expect(editor(page)).toContainText("title: Welcome to Clearpost");
  await expect(page.getByRole("status")).toContainText(/\d+ words/);
  expect(cspErrors).toEqual([]);
});

test("a new post is typed, previewed as it is written and saved to disk with the keyboard", async ({ page }) => {
  await page.goto(served.url);
  await createPost(page, "Exosomes Explained");
  await expect(posts(page)).toContainText("Exosomes Explained");
  const file = join(served.folder, "exosomes-explained.md");
  expect(await readFile(file, "utf8")).toMatch(/^---\ntitle: Exosomes Explained\ndate: \d{4}-\d{2}-\d{2}\ndraft: true\n---\n/);

  await editor(page).click();
  await page.keyboard.press("ControlOrMeta+End");
  await page.keyboard.type("## What the study found\n\nTiny sacs carry messages between cells.\n\n");
  await page.keyboard.insertText("- they are small\n- they travel far\n");
  await expect(preview(page).getByRole("heading", { level: 2, name: "What the study found" })).toBeVisible();
  await expect(preview(page).getByRole("listitem")).toHaveText(["they are small", "they travel far"]);
  await expect(page).toHaveTitle(/^• /);

  await page.keyboard.press("ControlOrMeta+s");
  await expect(page).not.toHaveTitle(/^• /);
  const saved = await readFile(file, "utf8");
  expect(saved).toContain("## What the study found\n\nTiny sacs carry messages between cells.");
  expect(saved).toContain("- they are small\n- they travel far");
});

test("an unsaved post is written to disk by itself after a pause in typing", async ({ page }) => {
  await page.goto(served.url);
  await createPost(page, "Autosaved");
  await editor(page).click();
  await page.keyboard.press("ControlOrMeta+End");
  await page.keyboard.type("Written without pressing save.");
  await expect.poll(() => readFile(join(served.folder, "autosaved.md"), "utf8"), { timeout: 5_000 }).toContain("Written without pressing save.");
});

test("a post changed on disk by another program updates the open editor and the list", async ({ page }) => {
  await page.goto(served.url);
  await createPost(page, "Changed Elsewhere");
  const file = join(served.folder, "changed-elsewhere.md");
  await writeFile(file, "---\ntitle: Renamed Behind Our Back\n---\n\nA paragraph from another editor.\n");
  await expect(editor(page)).toContainText("A paragraph from another editor.", { timeout: 3_000 });
  await expect(preview(page).getByText("A paragraph from another editor.")).toBeVisible();
  await expect(posts(page)).toContainText("Renamed Behind Our Back");
});

test("a change on disk while the writer has unsaved edits asks which version to keep", async ({ page }) => {
  await page.goto(served.url);
  await createPost(page, "Two Versions");
  await editor(page).click();
  await page.keyboard.press("ControlOrMeta+End");
  await page.keyboard.type("Mine, not saved yet.");
  const file = join(served.folder, "two-versions.md");
  await writeFile(file, "---\ntitle: Two Versions\n---\n\nTheirs, from disk.\n");
  await page.getByRole("button", { name: "Keep mine" }).click();
  await expect.poll(() => readFile(file, "utf8")).toContain("Mine, not saved yet.");
});
