/**
 * The real desktop app, where an Electron binary exists (a writer's laptop; not our build machines,
 * which cannot download it). Elsewhere every test here is skipped and says so.
 */
import { existsSync, readFileSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { _electron as electron, type ElectronApplication, expect, test } from "@playwright/test";
import { paneToggle } from "../support/writer-page";

/**
 * The Electron binary's path, or null when `npm install` did not download it. Read from the
 * package's path.txt: requiring `electron` would try to download it, and this machine has no network.
 */
function electronBinary(): string | null {
  const packageDir = join(process.cwd(), "node_modules", "electron");
  const pathFile = join(packageDir, "path.txt");
  if (!existsSync(pathFile)) return null;
  const binary = join(process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(packageDir, "dist"), readFileSync(pathFile, "utf8"));
  return existsSync(binary) ? binary : null;
}

const binary = electronBinary();
if (binary === null) {
  console.log("SKIPPED: the Electron desktop tests: no Electron binary here (installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1). They run where `npm install` downloaded Electron.");
}

test.describe("the desktop app", () => {
  test.skip(binary === null, "no Electron binary on this machine");

  let app: ElectronApplication;
  let home: string;

  test.beforeEach(async () => {
    home = await mkdtemp(join(tmpdir(), "clearpost-electron-"));
    // Fresh HOME and config so the first run makes its own Documents/Clearpost with the welcome post.
    app = await electron.launch({
      executablePath: binary ?? undefined,
      args: ["."],
      env: { ...process.env, HOME: home, USERPROFILE: home, XDG_CONFIG_HOME: join(home, ".config"), APPDATA: join(home, "AppData") },
    });
  });

  test.afterEach(async () => {
    await app.close();
    await rm(home, { recursive: true, force: true });
  });

  test("opens with the welcome post, runs sandboxed, and saves a new post to disk", async () => {
    const page = await app.firstWindow();
    await expect(page.getByRole("navigation", { name: "Posts" })).toContainText("Welcome to Clearpost");

    const isolated = await page.evaluate(() => typeof (globalThis as { require?: unknown }).require === "undefined" && typeof (globalThis as { process?: unknown }).process === "undefined");
    expect(isolated).toBe(true);

    await page.getByRole("button", { name: "New post" }).click();
    await page.getByRole("textbox", { name: "Title" }).fill("From the Desktop");
    await page.getByRole("button", { name: "Create" }).click();
    const editor = page.getByRole("textbox", { name: "Markdown editor" });
    await editor.click();
    await page.keyboard.press("ControlOrMeta+End");
    await page.keyboard.type("Saved by the desktop app.");
    await page.keyboard.press("ControlOrMeta+s");

    const folder = await app.evaluate(({ app: electronApp }) => electronApp.getPath("documents"));
    await expect.poll(() => readFile(join(folder, "Clearpost", "from-the-desktop.md"), "utf8")).toContain("Saved by the desktop app.");
  });

  test("the analysis worker runs under the app's own scheme and CSP: grade, marks and keyword suggestions appear", async () => {
    const page = await app.firstWindow();
    expect(page.url()).toMatch(/^clearpost-app:\/\//);
    await page.getByRole("navigation", { name: "Posts" }).getByText("Welcome to Clearpost", { exact: true }).click();
    await expect(page.getByRole("region", { name: "Readability" }).getByText(/^Grade [\d.]+ — /)).toBeVisible();
    await expect(page.locator(".cm-content .cm-readability").first()).toBeVisible();
    await paneToggle(page, "Keywords").click();
    await expect(page.getByRole("region", { name: "Keywords" }).getByRole("button", { name: "Use as focus keyphrase" }).first()).toBeVisible();
  });

  test("the editor's styles apply under the app scheme's CSP, with a style nonce fresh for each load", async () => {
    const page = await app.firstWindow();
    const refusals: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) refusals.push(message.text());
    });
    const styleNonce = () => page.evaluate(() => document.querySelector<HTMLMetaElement>('meta[property="csp-nonce"]')?.nonce ?? "");
    const first = await styleNonce();
    expect(first).toMatch(/^[A-Za-z0-9+/]{24}$/);
    await page.reload();
    await page.getByRole("navigation", { name: "Posts" }).getByText("Welcome to Clearpost", { exact: true }).click();
    // CodeMirror's base theme makes the editor a flex box: its <style> got past the policy.
    await expect(page.locator(".cm-editor")).toHaveCSS("display", "flex");
    expect(await styleNonce()).not.toBe(first);
    expect(refusals).toEqual([]);
  });

  test("the posts list shows word counts and grades from the main process's grading worker thread", async () => {
    const page = await app.firstWindow();
    const welcome = page.getByRole("navigation", { name: "Posts" }).getByRole("listitem").filter({ hasText: "Welcome to Clearpost" });
    await expect(welcome).toContainText(/· \d+ words · grade \d+\.\d/);
  });

  test("File > Export HTML… exports the open post to the file the writer picks, and asks for a post when none is open", async () => {
    const page = await app.firstWindow();
    const chooseExportHtml = () => app.evaluate(({ Menu }) => Menu.getApplicationMenu()?.getMenuItemById("export-html")?.click());
    await expect(page.getByRole("navigation", { name: "Posts" })).toContainText("Welcome to Clearpost");
    await chooseExportHtml();
    await expect(page.getByText("Open a post to use “Export HTML”.")).toBeVisible();
    await page.getByRole("navigation", { name: "Posts" }).getByText("Welcome to Clearpost").click();
    const target = join(home, "welcome.html");
    // The system's save dialog cannot be driven from a test: it answers with the file a writer would pick.
    await app.evaluate(({ dialog }, file) => {
      dialog.showSaveDialog = (async () => ({ canceled: false, filePath: file })) as unknown as typeof dialog.showSaveDialog;
    }, target);
    await chooseExportHtml();
    await expect(page.getByText(`Exported to ${target}`)).toBeVisible();
    expect(await readFile(target, "utf8")).toMatch(/^<!DOCTYPE html>/);
  });

  test("the menu bar has File, Edit, View, Format, Post and Help, and Format > Bold bolds the selection like Ctrl+B", async () => {
    const page = await app.firstWindow();
    const menus = await app.evaluate(({ Menu }) => Menu.getApplicationMenu()?.items.map((item) => item.label.replace("&", "")) ?? []);
    for (const name of ["File", "Edit", "View", "Format", "Post", "Help"]) expect(menus).toContain(name);
    const bold = await app.evaluate(({ Menu }) => {
      const item = Menu.getApplicationMenu()?.getMenuItemById("bold");
      return item ? { label: item.label, accelerator: item.accelerator ?? null } : null;
    });
    expect(bold).toEqual({ label: "Bold", accelerator: "CmdOrCtrl+B" });
    await page.getByRole("navigation", { name: "Posts" }).getByText("Welcome to Clearpost").click();
    const editor = page.getByRole("textbox", { name: "Markdown editor" });
    await editor.click();
    await page.keyboard.press("End");
    await page.keyboard.type(" plain");
    await page.keyboard.press("Shift+ArrowLeft");
    await app.evaluate(({ Menu }) => Menu.getApplicationMenu()?.getMenuItemById("bold")?.click());
    await expect(editor).toContainText("**n**");
  });

  test("Copy as HTML puts the post's body on the system clipboard", async () => {
    const page = await app.firstWindow();
    await page.getByRole("navigation", { name: "Posts" }).getByText("Welcome to Clearpost").click();
    await page.getByRole("button", { name: "More export options" }).click();
    await page.getByRole("menuitem", { name: "Copy as HTML" }).click();
    await expect(page.getByText("Copied the post as HTML")).toBeVisible();
    const copied = await app.evaluate(async ({ clipboard }) => {
      const [item] = await clipboard.read();
      const text = async (type: string) => ((await item?.getType(type)) as Blob | undefined)?.text() ?? "";
      return { html: await text("text/html"), text: await text("text/plain") };
    });
    expect(copied.html).toContain("<h2 id=\"how-it-works\">How it works</h2>");
    expect(copied.text).toContain("<h2 id=\"how-it-works\">How it works</h2>");
  });

  test("refuses to navigate away or open windows inside the app", async () => {
    const page = await app.firstWindow();
    const before = page.url();
    await page.evaluate(() => {
      window.location.href = "https://example.com/";
    });
    await page.waitForTimeout(500);
    expect(page.url()).toBe(before);
    const opened = await page.evaluate(() => window.open("https://example.com/") === null);
    expect(opened).toBe(true);
    expect(app.windows()).toHaveLength(1);
  });

  test("spellchecks in the post's language, offers suggestions on right-click, and stops when spelling is off", async () => {
    const page = await app.firstWindow();
    const documents = await app.evaluate(({ app: electronApp }) => electronApp.getPath("documents"));
    await writeFile(join(documents, "Clearpost", "brot.md"), "---\ntitle: Brot\nlang: de\n---\n\nDas Brot ist frisch.\n");
    const editor = page.getByRole("textbox", { name: "Markdown editor" });
    const spelling = () =>
      app.evaluate(({ session }) => ({ enabled: session.defaultSession.isSpellCheckerEnabled(), languages: session.defaultSession.getSpellCheckerLanguages() }));
    const menuListeners = await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.webContents.listenerCount("context-menu") ?? 0);
    expect(menuListeners).toBeGreaterThan(0);

    await page.getByRole("navigation", { name: "Posts" }).getByText("Brot", { exact: true }).click();
    await expect(editor).toHaveAttribute("lang", "de");
    await expect(editor).toHaveAttribute("spellcheck", "true");
    // macOS's own spellchecker picks languages itself; elsewhere Chromium's dictionary follows the post.
    if (process.platform !== "darwin") await expect.poll(async () => (await spelling()).languages).toContain("de");

    await page.keyboard.press("ControlOrMeta+Comma");
    await page.getByRole("dialog", { name: "Settings" }).getByLabel("Spelling").selectOption({ label: "Off" });
    await expect(editor).toHaveAttribute("spellcheck", "false");
    await expect.poll(async () => (await spelling()).enabled).toBe(false);
  });
});
