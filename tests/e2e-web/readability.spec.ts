/** The readability checker as a writer uses it in browser mode, and `clearpost check` as a build script does. */
import { spawnSync } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { expect, type Page, test } from "@playwright/test";
import { type ServedPosts, servePosts } from "../support/serve-posts";
import { everyScore } from "../support/check-record";
import { paneToggle } from "../support/writer-page";

const VERY_HARD_SENTENCE =
  "The implementation of the comprehensive irrigation methodology was facilitated by the utilization of approximately seventeen heterogeneous drip emitters, notwithstanding the considerable organizational impediments.";

const POST = `---
title: Drip Lines
readability_target: 7
---

# Drip lines

The beds were mulched by the kids. We watered the garden early. It was really hot by noon.

${VERY_HARD_SENTENCE}

The straw kept the soil damp. Our tomatoes grew all summer.
`;

const readability = (page: Page) => page.getByRole("region", { name: "Readability" });
/** Marks of one kind in the editor. */
const marks = (page: Page, kind: string) => page.locator(`.cm-content .cm-readability-${kind}`);

/** The editor's selected text, read from the page's selection (CodeMirror keeps it in step with its own). */
function selectedText(page: Page): Promise<string> {
  return page.evaluate(() => document.getSelection()?.toString() ?? "");
}

/**
 * Records every text the editor's live region announces: CodeMirror empties the region a moment
 * after each announcement, too soon for a polling assertion on a loaded machine.
 */
async function recordAnnouncements(page: Page): Promise<() => Promise<string[]>> {
  await page.locator(".cm-editor").evaluate((editor) => {
    const region = editor.querySelector(".cm-announced");
    if (!region) throw new Error("the editor has no live region");
    const heard: string[] = [];
    (window as unknown as { heardAnnouncements: string[] }).heardAnnouncements = heard;
    new MutationObserver(() => {
      if (region.textContent) heard.push(region.textContent);
    }).observe(region, { childList: true, characterData: true, subtree: true });
  });
  return () => page.evaluate(() => (window as unknown as { heardAnnouncements: string[] }).heardAnnouncements);
}

async function headlineGrade(page: Page): Promise<number> {
  const match = /Grade (\d+(?:\.\d)?)/.exec(await readability(page).innerText());
  if (!match?.[1]) throw new Error("the Readability panel shows no grade");
  return Number(match[1]);
}

test.describe("in the app", () => {
  let served: ServedPosts;
  let consoleErrors: string[];

  test.beforeEach(async ({ page }) => {
    consoleErrors = [];
    page.on("console", (message) => {
      if (message.type() === "error") consoleErrors.push(message.text());
    });
    served = await servePosts();
    await writeFile(join(served.folder, "drip-lines.md"), POST);
    await page.goto(served.url);
    await page.getByRole("navigation", { name: "Posts" }).getByText("Drip Lines").click();
    await expect(readability(page).getByText(/^Grade [\d.]+ — /)).toBeVisible();
  });

  test.afterEach(async () => {
    await served.stop();
  });

  test("a very hard sentence is marked and explained, and rewriting it plainly lowers the grade", async ({ page }) => {
    await expect(readability(page)).toContainText(/\d grades above target 7/);
    const veryHard = marks(page, "very-hard-sentence");
    await expect(veryHard.first()).toBeVisible();
    await expect(veryHard.first()).toHaveAttribute("aria-description", "Very hard sentence");
    await expect(veryHard.first()).toContainText("The implementation of the comprehensive");

    await marks(page, "jargon").filter({ hasText: "organizational" }).hover();
    await expect(page.locator(".cm-readability-tooltip")).toContainText("Very hard to read");
    await expect(page.locator(".cm-readability-tooltip")).toContainText("rare in everyday English");

    const before = await headlineGrade(page);
    await readability(page).getByRole("button", { name: /^Very hard sentence/ }).click();
    expect(await selectedText(page)).toBe(VERY_HARD_SENTENCE);
    await page.keyboard.insertText("We ran drip lines. They saved water.");

    await expect(veryHard).toHaveCount(0);
    await expect.poll(() => headlineGrade(page)).toBeLessThan(before - 3);
    await expect(readability(page)).toContainText("On target");
    // The worker runs under the production CSP without a complaint.
    expect(consoleErrors).toEqual([]);
  });

  test("F8 goes from mark to mark from the keyboard, selecting each and showing its advice", async ({ page }) => {
    const editor = page.getByRole("textbox", { name: "Markdown editor" });
    await editor.focus();
    const announcements = await recordAnnouncements(page);
    await page.keyboard.press("Control+Home");
    await page.keyboard.press("F8");
    // The first mark of the post: the passive verb of the first paragraph.
    expect(await selectedText(page)).toBe("were mulched");
    await expect(page.locator(".cm-readability-tooltip")).toContainText("Passive voice");
    // Screen readers hear the same advice through the editor's live region.
    await expect.poll(async () => (await announcements()).join(" | ")).toContain("Passive voice");
    await page.keyboard.press("F8");
    expect(await selectedText(page)).not.toBe("were mulched");
    await page.keyboard.press("Shift+F8");
    expect(await selectedText(page)).toBe("were mulched");
    // Typing puts the advice away.
    await page.keyboard.press("ArrowRight");
    await expect(page.locator(".cm-readability-tooltip")).toHaveCount(0);
  });

  test("the writer's target grade is a setting that posts without their own target follow, and it is remembered", async ({ page }) => {
    const target = readability(page).getByRole("combobox", { name: "Target for your posts" });
    await expect(target).toHaveValue("8");
    await target.selectOption("5");
    // This post sets readability_target: 7 in its front matter, which wins.
    await expect(readability(page)).toContainText(/target 7|grade 7/);
    await page.getByRole("navigation", { name: "Posts" }).getByText("Welcome to Clearpost").click();
    await expect(readability(page)).toContainText(/above target 5/);
    await page.reload();
    await page.getByRole("navigation", { name: "Posts" }).getByText("Welcome to Clearpost").click();
    await expect(readability(page).getByRole("combobox", { name: "Target for your posts" })).toHaveValue("5");
  });

  test("each kind of mark can be hidden from the legend, and stays hidden the next time", async ({ page }) => {
    const adverbs = page.getByRole("checkbox", { name: "Adverbs" });
    await expect(marks(page, "adverb").first()).toBeVisible();
    await adverbs.uncheck();
    await expect(marks(page, "adverb")).toHaveCount(0);
    await expect(marks(page, "passive-voice").first()).toBeVisible();

    await page.reload();
    await page.getByRole("navigation", { name: "Posts" }).getByText("Drip Lines").click();
    await expect(marks(page, "passive-voice").first()).toBeVisible();
    await expect(adverbs).not.toBeChecked();
    await expect(marks(page, "adverb")).toHaveCount(0);

    await adverbs.check();
    await expect(marks(page, "adverb").first()).toBeVisible();
  });

  test("a structure check shows pass or fail in words and jumps to its first place, showing a hidden editor", async ({ page }) => {
    const passive = readability(page).getByRole("button", { name: /Fail: .*passive voice/ });
    await expect(passive).toBeVisible();
    await expect(readability(page).getByText(/^Pass:/).first()).toBeVisible();
    await paneToggle(page, "Editor").click();
    await passive.click();
    await expect(page.getByRole("textbox", { name: "Markdown editor" })).toBeFocused();
    expect(await selectedText(page)).toBe("The beds were mulched by the kids.");
  });

  test("hiding the panel rests the checker and clears the marks; showing it brings them back", async ({ page }) => {
    const toggle = paneToggle(page, "Readability");
    await expect(readability(page)).toBeVisible();
    await expect(toggle).toHaveAttribute("aria-pressed", "true");
    await toggle.click();
    await expect(toggle).toHaveAttribute("aria-pressed", "false");
    await expect(readability(page)).toBeHidden();
    await expect(page.locator(".cm-content .cm-readability")).toHaveCount(0);

    await toggle.click();
    await expect(readability(page).getByText(/^Grade [\d.]+ — /)).toBeVisible();
    await expect(marks(page, "very-hard-sentence").first()).toBeVisible();
  });
});

test("marks sit on their words in a post with Windows line endings", async ({ page }) => {
  const served = await servePosts();
  try {
    await writeFile(join(served.folder, "drip-lines.md"), POST.replaceAll("\n", "\r\n"));
    await page.goto(served.url);
    await page.getByRole("navigation", { name: "Posts" }).getByText("Drip Lines").click();
    // Line 9 is below five CRLF line breaks: offsets counted in "\r\n" text would land five characters late.
    await expect(marks(page, "adverb").first()).toHaveText("really");
    await expect(marks(page, "passive-voice").first()).toHaveText("were mulched");
  } finally {
    await served.stop();
  }
});

test.describe("the built command line", () => {
  let folder: string;

  test.beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), "clearpost-check-"));
    await writeFile(join(folder, "drip-lines.md"), POST);
  });

  test.afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  const check = (...args: string[]) => spawnSync(process.execPath, [resolve("bin/clearpost.cjs"), "check", ...args], { encoding: "utf8" });

  test("clearpost check --json prints one report per post with the same engine, on plain Node", () => {
    const post = join(folder, "drip-lines.md");
    const result = check(post, post, "--json");
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const lines = result.stdout.trim().split("\n");
    expect(lines).toHaveLength(2);
    const report = JSON.parse(lines[0] ?? "") as Record<string, unknown>;
    expect(report).toMatchObject({
      file: post,
      target: 7,
      stats: { words: expect.any(Number), sentences: 6, paragraphs: 3, syllables: expect.any(Number), readingTimeMinutes: 1 },
      scores: everyScore(expect.any(Number)),
      grade: expect.any(Number),
    });
    expect(report.findings).toContainEqual(expect.objectContaining({ kind: "very-hard-sentence", line: 10, column: 1, message: expect.stringContaining("Very hard") }));
  });

  test("clearpost check --max-grade fails the build above the grade, and a missing post is exit 2", () => {
    const post = join(folder, "drip-lines.md");
    const tooHard = check(post, "--max-grade", "1");
    expect(tooHard.status).toBe(1);
    expect(tooHard.stdout).toContain("Grade ");
    expect(tooHard.stderr).toContain("above --max-grade 1");
    expect(check(post, "--max-grade", "20").status).toBe(0);
    const missing = check(join(folder, "missing.md"));
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("no such file");
  });
});
