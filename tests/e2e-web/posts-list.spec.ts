/**
 * A writer with a folder of posts sorts the list by title or last edit (remembered), shows only
 * drafts or published posts, narrows it to a tag, and sees each post's length and grade. New
 * posts start from the folder's template.
 */
import { mkdir, readFile, utimes, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { expect, type Page, test } from "@playwright/test";
import { generatePost } from "../../bench/generator/generate-post";
import { HTTP_PATHS, TOKEN_HEADER } from "../../src/shared/api/channels";
import type { PostStatistics } from "../../src/shared/api/contract";
import { type ServedPosts, servePosts } from "../support/serve-posts";
import { posts } from "../support/writer-page";

const SCREENSHOTS = process.env.CLEARPOST_SCREENSHOTS ?? "/tmp";

const POSTS: Readonly<Record<string, string>> = {
  "bread.md": "---\ntitle: Baking bread\ndate: 2024-03-01\ntags: [food, baking]\n---\nFlour, water and salt make bread. It takes a day.\n",
  "alps.md": "---\ntitle: Walking in the Alps\ndate: 2024-05-10\ntags: travel\ndraft: true\n---\nWe walked for six days between huts.\n",
  "cake.md": "---\ntitle: Carrot cake\ndate: 2023-11-20\ntags: [Food]\n---\nGrate the carrots finely.\n",
};

let served: ServedPosts;

test.beforeEach(async () => {
  served = await servePosts();
  for (const [name, text] of Object.entries(POSTS)) await writeFile(join(served.folder, name), text);
  // Edited most recently: the oldest post; then the bread.
  await utimes(join(served.folder, "cake.md"), new Date(), new Date(Date.now() + 60_000));
  await utimes(join(served.folder, "bread.md"), new Date(), new Date(Date.now() + 30_000));
});

test.afterEach(async () => {
  await served.stop();
});

const titles = (page: Page) => posts(page).locator(".post-item-title").allTextContents();

test("the posts list sorts by date, title or last edit, remembers the order, and filters by draft state and tag", async ({ page }) => {
  await page.goto(served.url);
  // The welcome post is dated the day the folder was made: today.
  await expect.poll(() => titles(page)).toEqual(["Welcome to Clearpost", "Walking in the Alps", "Baking bread", "Carrot cake"]);

  await page.getByLabel("Sort by", { exact: true }).selectOption({ label: "Title" });
  await expect.poll(() => titles(page)).toEqual(["Baking bread", "Carrot cake", "Walking in the Alps", "Welcome to Clearpost"]);
  await page.getByLabel("Sort by", { exact: true }).selectOption({ label: "Edited" });
  await expect.poll(() => (titles(page)).then((list) => list.slice(0, 2))).toEqual(["Carrot cake", "Baking bread"]);
  await page.reload();
  await expect(page.getByLabel("Sort by", { exact: true })).toHaveValue("edited");
  await page.getByLabel("Sort by", { exact: true }).selectOption({ label: "Title" });

  await page.getByLabel("Show", { exact: true }).selectOption({ label: "Drafts" });
  await expect.poll(() => titles(page)).toEqual(["Walking in the Alps"]);
  await page.getByLabel("Show", { exact: true }).selectOption({ label: "Published" });
  await expect.poll(() => titles(page)).toEqual(["Baking bread", "Carrot cake", "Welcome to Clearpost"]);
  await page.getByLabel("Show", { exact: true }).selectOption({ label: "All" });

  // "food" and "Food" are one tag; the welcome post brings its own two.
  await expect(page.getByLabel("Tag", { exact: true }).locator("option")).toHaveText(["Any", "baking", "clearpost", "food", "markdown", "travel"]);
  await page.getByLabel("Tag", { exact: true }).selectOption({ label: "food" });
  await expect.poll(() => titles(page)).toEqual(["Baking bread", "Carrot cake"]);
  await page.getByLabel("Show", { exact: true }).selectOption({ label: "Drafts" });
  await expect(posts(page)).toContainText("No posts match the chosen filters.");
});

test("each post in the list shows its word count and grade", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(served.url);
  const bread = posts(page).getByRole("listitem").filter({ hasText: "Baking bread" });
  await expect(bread).toContainText(/· 10 words · grade \d+\.\d/);
  await expect(posts(page).getByRole("button", { name: "Carrot cake", exact: true })).toHaveAccessibleDescription(/4 words/);
  await page.screenshot({ path: join(SCREENSHOTS, "clearpost-posts-list.png") });
  await page.setViewportSize({ width: 1024, height: 700 });
  await page.screenshot({ path: join(SCREENSHOTS, "clearpost-posts-list-1024.png") });
});

test("grading a 100,000-word post for the list leaves the server answering other calls", async () => {
  await writeFile(join(served.folder, "book.md"), generatePost({ words: 100_000, seed: 1 }).text);
  const answered: string[] = [];
  const call = async (method: string, args: unknown[]) => {
    const response = await fetch(`${served.origin}${HTTP_PATHS.call}/${method}`, {
      method: "POST",
      headers: { "content-type": "application/json", [TOKEN_HEADER]: served.token },
      body: JSON.stringify(args),
    });
    answered.push(method);
    return (await response.json()) as { ok: boolean; value: readonly PostStatistics[] };
  };
  const grading = call("postStatistics", [["book.md"]]);
  // Reading the file comes first; then the grading takes about half a second, in the built CLI's worker thread.
  await new Promise((done) => setTimeout(done, 100));
  await call("getWorkspace", []);
  const { ok, value } = await grading;
  expect(ok).toBe(true);
  expect(value[0]?.words).toBeGreaterThanOrEqual(100_000);
  expect(value[0]?.grade).toEqual(expect.any(Number));
  expect(answered).toEqual(["getWorkspace", "postStatistics"]);
});

test("a new post starts from the folder's template, and a broken template is reported while the post is still created", async ({ page }) => {
  await mkdir(join(served.folder, ".clearpost"));
  const template = join(served.folder, ".clearpost", "template.md");
  await writeFile(template, "---\ntitle: {{title}}\ndate: {{date}}\nauthor: Ana\n---\n\n## Why {{slug}}\n");
  await page.goto(served.url);
  const create = async (title: string) => {
    await page.getByRole("button", { name: "New post" }).click();
    await page.getByRole("textbox", { name: "Title" }).fill(title);
    await page.getByRole("button", { name: "Create" }).click();
    await expect(posts(page).getByRole("button", { name: title, exact: true })).toBeVisible();
  };
  await create("Garden: week one");
  expect(await readFile(join(served.folder, "garden-week-one.md"), "utf8")).toMatch(/^---\ntitle: "Garden: week one"\ndate: \d{4}-\d\d-\d\d\nauthor: Ana\n---\n\n## Why garden-week-one\n$/);

  await writeFile(template, "---\ntitle: [unclosed\n---\n");
  await create("Garden: week two");
  await expect(page.getByRole("alert")).toContainText("The template for new posts (.clearpost/template.md) cannot be used");
  expect(await readFile(join(served.folder, "garden-week-two.md"), "utf8")).toContain("draft: true");
});
