/** A writer's first session in browser mode: welcome post, a new post, typing, preview, saving, changes on disk. */
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { expect, type Page, test } from "@playwright/test";
import { type ServedPosts, servePosts } from "../support/serve-posts";
import { paneToggle } from "../support/writer-page";

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

/** Types at the end of the open post, as a writer adding a paragraph. */
async function typeAtEnd(page: Page, text: string): Promise<void> {
  await editor(page).click();
  await page.keyboard.press("ControlOrMeta+End");
  await page.keyboard.type(text);
}

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

  await typeAtEnd(page, "## What the study found\n\nTiny sacs carry messages between cells.\n\n");
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
  await typeAtEnd(page, "Written without pressing save.");
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
  await typeAtEnd(page, "Mine, not saved yet.");
  const file = join(served.folder, "two-versions.md");
  await writeFile(file, "---\ntitle: Two Versions\n---\n\nTheirs, from disk.\n");
  await page.getByRole("button", { name: "Keep mine" }).click();
  await expect.poll(() => readFile(file, "utf8")).toContain("Mine, not saved yet.");
});

test("posts are filtered, renamed and moved to the trash from the list", async ({ page }) => {
  await page.goto(served.url);
  await createPost(page, "Sleep and Memory");
  await createPost(page, "Coffee Myths");
  const list = posts(page);

  await page.getByRole("searchbox", { name: "Filter posts" }).fill("coffee");
  await expect(list.getByRole("button", { name: "Coffee Myths", exact: true })).toBeVisible();
  await expect(list.getByRole("button", { name: "Sleep and Memory", exact: true })).toBeHidden();
  await page.getByRole("searchbox", { name: "Filter posts" }).fill("");

  await list.getByRole("button", { name: "More actions for Sleep and Memory" }).click();
  await page.getByRole("menuitem", { name: "Rename…" }).click();
  await page.getByRole("textbox", { name: "File name" }).fill("sleep-memory");
  await page.getByRole("button", { name: "Rename" }).click();
  // A rename links the new name before it unlinks the old one (so it never overwrites): wait for both steps.
  await expect.poll(async () => (await readdir(served.folder)).filter((name) => name.startsWith("sleep"))).toEqual(["sleep-memory.md"]);

  await list.getByRole("button", { name: "More actions for Coffee Myths" }).click();
  await page.getByRole("menuitem", { name: "Delete" }).click();
  await page.getByRole("button", { name: "Move to .trash folder" }).click();
  await expect(list.getByRole("button", { name: "Coffee Myths", exact: true })).toBeHidden();
  expect(await readdir(served.folder)).not.toContain("coffee-myths.md");
  expect(await readdir(join(served.folder, ".trash"))).toContain("coffee-myths.md");
});

test("the divider resizes the panes and either pane can be hidden and shown again", async ({ page }) => {
  await page.goto(served.url);
  await createPost(page, "Layout");
  const divider = page.getByRole("separator", { name: "Resize editor and preview" });
  const before = Number(await divider.getAttribute("aria-valuenow"));
  const handle = await divider.boundingBox();
  if (!handle) throw new Error("the divider should be on screen");
  await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
  await page.mouse.down();
  await page.mouse.move(handle.x - 150, handle.y + handle.height / 2, { steps: 5 });
  await page.mouse.up();
  expect(Number(await divider.getAttribute("aria-valuenow"))).toBeLessThan(before);

  await expect(paneToggle(page, "Preview")).toHaveAttribute("aria-pressed", "true");
  await paneToggle(page, "Preview").click();
  await expect(preview(page)).toBeHidden();
  await expect(paneToggle(page, "Preview")).toHaveAttribute("aria-pressed", "false");
  await paneToggle(page, "Preview").click();
  await expect(preview(page)).toBeVisible();
  await paneToggle(page, "Editor").click();
  await expect(editor(page)).toBeHidden();
  await paneToggle(page, "Editor").click();
  await expect(editor(page)).toBeVisible();
});
