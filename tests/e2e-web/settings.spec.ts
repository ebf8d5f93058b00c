/** The Settings dialog as a writer uses it in browser mode: themes, font size, spelling, and settings that outlive a restart. */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { expect, type Page, test } from "@playwright/test";
import { type ServedPosts, servePosts } from "../support/serve-posts";
import { editor, openPost, paneToggle } from "../support/writer-page";

const SCREENSHOTS = "test-results/screenshots";

const settingsDialog = (page: Page) => page.getByRole("dialog", { name: "Settings" });

/** Opens Settings from the sidebar button. */
async function openSettings(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Settings", exact: true }).click();
  await expect(settingsDialog(page)).toBeVisible();
}

/** The computed background colours of the editor and of the preview's page. */
function backgrounds(page: Page) {
  return Promise.all([
    page.locator(".cm-editor").evaluate((element) => getComputedStyle(element).backgroundColor),
    page.locator(".post-page").evaluate((element) => getComputedStyle(element).backgroundColor),
  ]);
}

/** Relative luminance of a computed `rgb(r, g, b)`, 0 (black) to 1 (white). */
function luminance(rgb: string): number {
  const [r = 0, g = 0, b = 0] = (rgb.match(/\d+(\.\d+)?/g) ?? []).map(Number).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of the computed colour and background of `selector`'s first element. */
function contrastOf(page: Page, selector: string): Promise<number> {
  return page
    .locator(selector)
    .first()
    .evaluate((element) => {
      const style = getComputedStyle(element);
      // The nearest opaque background: translucent ones (the active line, marks) only tint it.
      let background = "rgb(255, 255, 255)";
      for (let at: Element | null = element; at; at = at.parentElement) {
        const candidate = getComputedStyle(at).backgroundColor;
        if (candidate.startsWith("rgb(")) {
          background = candidate;
          break;
        }
      }
      return [style.color, background];
    })
    .then(([color = "", background = ""]) => {
      const [a, b] = [luminance(color), luminance(background)].sort((x, y) => y - x) as [number, number];
      return (a + 0.05) / (b + 0.05);
    });
}

/** Body text in the editor, preview, panels and posts list meets WCAG AA (4.5:1). */
async function expectReadableText(page: Page): Promise<void> {
  for (const selector of [".cm-line", ".post-body p", ".side-panel-title", ".side-panel .panel-note", ".post-item-title", ".folder-name"]) {
    expect(await contrastOf(page, selector), selector).toBeGreaterThanOrEqual(4.5);
  }
}

let served: ServedPosts;

test.beforeEach(async () => {
  served = await servePosts();
});

test.afterEach(async () => {
  await served.stop();
});

test("theme and font size chosen in Settings are still there after the app restarts", async ({ page }) => {
  await page.goto(served.url);
  await openSettings(page);
  await settingsDialog(page).getByLabel("Theme").selectOption({ label: "Dark" });
  await settingsDialog(page).getByLabel("Editor font size").selectOption({ label: "20 px" });
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await settingsDialog(page).getByRole("button", { name: "Done" }).click();
  await expect(settingsDialog(page)).toBeHidden();

  served = await served.restart();
  await page.goto(served.url);
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await openPost(page, "Welcome to Clearpost");
  await expect(page.locator(".cm-editor")).toHaveCSS("font-size", "20px");
  // Ctrl/Cmd+, opens Settings too, showing what was kept.
  await page.keyboard.press("ControlOrMeta+Comma");
  await expect(settingsDialog(page).getByLabel("Theme")).toHaveValue("dark");
  await expect(settingsDialog(page).getByLabel("Editor font size")).toHaveValue("20");
});

test("light and dark themes recolour the editor, the panels and the preview, and stay readable", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto(served.url);
  await openPost(page, "Welcome to Clearpost");
  await expect(page.getByRole("region", { name: "Readability" }).getByText(/^Grade [\d.]+ — /)).toBeVisible();
  const [lightEditor, lightPreview] = await backgrounds(page);
  expect(luminance(lightEditor)).toBeGreaterThan(0.8);
  expect(luminance(lightPreview)).toBeGreaterThan(0.8);
  await expectReadableText(page);
  await page.screenshot({ path: join(SCREENSHOTS, "settings-theme-light.png") });

  await openSettings(page);
  await settingsDialog(page).getByLabel("Theme").selectOption({ label: "Dark" });
  await page.screenshot({ path: join(SCREENSHOTS, "settings-dialog-dark.png") });
  await settingsDialog(page).getByRole("button", { name: "Done" }).click();
  const [darkEditor, darkPreview] = await backgrounds(page);
  expect(luminance(darkEditor)).toBeLessThan(0.05);
  expect(luminance(darkPreview)).toBeLessThan(0.05);
  await expectReadableText(page);
  await page.screenshot({ path: join(SCREENSHOTS, "settings-theme-dark.png") });
  await paneToggle(page, "Readability").click();
  await paneToggle(page, "Keywords").click();
  await page.getByRole("region", { name: "Keywords" }).getByRole("button", { name: "Use as focus keyphrase" }).first().waitFor();
  await page.screenshot({ path: join(SCREENSHOTS, "settings-keywords-dark.png") });
  // The editor alone at a laptop's width: its lines stay about 70 characters long.
  await page.setViewportSize({ width: 1024, height: 700 });
  await paneToggle(page, "Preview").click();
  const lineWidth = await page.locator(".cm-content").evaluate((content) => content.getBoundingClientRect().width);
  const charWidth = await page.locator(".cm-line").first().evaluate((line) => Number.parseFloat(getComputedStyle(line).fontSize) * 0.6);
  expect(lineWidth / charWidth).toBeLessThan(85);
  await page.screenshot({ path: join(SCREENSHOTS, "settings-editor-alone-dark-1024.png") });

  // Follow system: the app changes with the system's setting, without a reload.
  await openSettings(page);
  await settingsDialog(page).getByLabel("Theme").selectOption({ label: "Follow system" });
  await expect(page.locator("html")).toHaveAttribute("data-theme", "light");
  await page.emulateMedia({ colorScheme: "dark" });
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
});

test("the target grade in Settings and in the Readability panel are one setting", async ({ page }) => {
  await page.goto(served.url);
  await openPost(page, "Welcome to Clearpost");
  await page.getByRole("region", { name: "Readability" }).getByLabel("Target for your posts").selectOption({ label: "Grade 11" });
  await openSettings(page);
  await expect(settingsDialog(page).getByLabel("Target grade")).toHaveValue("11");
  await settingsDialog(page).getByLabel("Target grade").selectOption({ label: "Grade 6" });
  await settingsDialog(page).getByRole("button", { name: "Done" }).click();
  await expect(page.getByRole("region", { name: "Readability" }).getByLabel("Target for your posts")).toHaveValue("6");
});

test("the editor is spellchecked in the post's language, or not at all when spelling is off", async ({ page }) => {
  await writeFile(join(served.folder, "brot.md"), "---\ntitle: Brot\nlang: de\n---\n\nDas Brot ist frisch.\n");
  await page.goto(served.url);
  await openPost(page, "Brot");
  await expect(editor(page)).toHaveAttribute("spellcheck", "true");
  await expect(editor(page)).toHaveAttribute("lang", "de");
  await openPost(page, "Welcome to Clearpost");
  await expect(editor(page)).toHaveAttribute("lang", "en-US");
  await openSettings(page);
  await settingsDialog(page).getByLabel("Spelling").selectOption({ label: "Off" });
  await expect(editor(page)).toHaveAttribute("spellcheck", "false");
});

test("exported pages use the colours chosen in Settings, whatever the reader's system says", async ({ page, browser }) => {
  await page.goto(served.url);
  await openPost(page, "Welcome to Clearpost");
  await openSettings(page);
  await settingsDialog(page).getByLabel("Exported page colours").selectOption({ label: "Dark" });
  await settingsDialog(page).getByRole("button", { name: "Done" }).click();
  await page.getByRole("button", { name: "Export HTML" }).click();
  const anyway = page.getByRole("button", { name: "Export anyway" });
  const exported = join(served.folder, "export", "welcome-to-clearpost.html");
  await expect(page.getByText(`Exported to ${exported}`).or(anyway)).toBeVisible();
  if (await anyway.isVisible()) await anyway.click();
  await expect(page.getByText(`Exported to ${exported}`)).toBeVisible();

  const reader = await browser.newPage({ colorScheme: "light" });
  const refused: string[] = [];
  reader.on("console", (message) => {
    if (message.type() === "error") refused.push(message.text());
  });
  await reader.goto(pathToFileURL(exported).href);
  const background = await reader.locator(".post-page").evaluate((element) => getComputedStyle(element).backgroundColor);
  await reader.close();
  expect(luminance(background)).toBeLessThan(0.05);
  // The extra rule is inside the one style the page's policy allows by hash.
  expect(refused).toEqual([]);
});

test("a broken settings file is reported once, kept aside, and the app starts with the defaults", async ({ page }) => {
  await mkdir(served.appData, { recursive: true });
  await writeFile(join(served.appData, "settings.json"), "{ this is not JSON");
  served = await served.restart();
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto(served.url);
  await expect(page.getByRole("alert").filter({ hasText: "settings file is damaged" })).toContainText("settings.json.broken-");
  await page.screenshot({ path: join(SCREENSHOTS, "settings-broken-file-dark.png") });
  // Reloading the page does not report it again.
  // (networkidle: the app's API calls are HTTP requests here, so its question has been answered.)
  await page.reload({ waitUntil: "networkidle" });
  await expect(page.getByRole("alert").filter({ hasText: "settings file is damaged" })).toHaveCount(0);
  await openSettings(page);
  await expect(settingsDialog(page).getByLabel("Theme")).toHaveValue("system");
});
