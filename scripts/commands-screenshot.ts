/**
 * Screenshots of the command palette, focus mode and the status bar's word goal on the welcome post, to look at after a
 * change to either. Run: npm run build && npx tsx scripts/commands-screenshot.ts [OUTPUT_PREFIX] [--width=1024] [--dark]
 */
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, findChromium } from "../tests/support/find-chromium";
import { servePosts } from "../tests/support/serve-posts";

const args = process.argv.slice(2);
const PREFIX = args.find((arg) => !arg.startsWith("--")) ?? "/tmp/commands";
const WIDTH = Number(args.find((arg) => arg.startsWith("--width="))?.slice("--width=".length) ?? 1280);
const COLOR_SCHEME = args.includes("--dark") ? "dark" : "light";

async function main(): Promise<void> {
  const served = await servePosts("Clearpost");
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: WIDTH, height: 800 }, deviceScaleFactor: 1, colorScheme: COLOR_SCHEME });
    await page.goto(served.url);
    await page.getByRole("navigation", { name: "Posts" }).getByText("Welcome to Clearpost", { exact: true }).click();
    await page.getByRole("region", { name: "Readability" }).getByText(/^Grade [\d.]+ — /).waitFor();
    const editor = page.getByRole("textbox", { name: "Markdown editor" });
    await editor.locator(".cm-line").nth(8).click();
    await page.keyboard.press("ControlOrMeta+Shift+P");
    await page.getByRole("combobox", { name: "Command" }).fill("li");
    await page.screenshot({ path: `${PREFIX}-palette.png` });
    await page.getByRole("combobox", { name: "Command" }).fill("focus mode");
    await page.keyboard.press("Enter");
    await page.locator(".cm-unfocused-line").first().waitFor();
    await page.screenshot({ path: `${PREFIX}-focus.png` });
    await editor.getByText("draft: false").click();
    await page.keyboard.press("End");
    await page.keyboard.type("\nword_goal: 1000");
    await page.getByRole("progressbar", { name: "Word goal" }).waitFor();
    await page.getByRole("status").screenshot({ path: `${PREFIX}-status.png` });
    console.log(`Saved ${PREFIX}-palette.png, ${PREFIX}-focus.png and ${PREFIX}-status.png`);
  } finally {
    await browser.close();
    await served.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
