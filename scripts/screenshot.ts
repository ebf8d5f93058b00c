/**
 * Takes the README's screenshot of the real app: builds nothing, serves the last build in browser
 * mode on a fresh folder (with the welcome post), opens it in Chromium and saves docs/screenshot.png.
 * Run: npm run build && npm run screenshot [-- OUTPUT.png] [-- --keywords]
 * (`--keywords` shows the Keywords panel instead of the Readability panel).
 */
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, findChromium } from "../tests/support/find-chromium";
import { servePosts } from "../tests/support/serve-posts";

const args = process.argv.slice(2);
const KEYWORDS = args.includes("--keywords");
const OUTPUT = args.find((arg) => !arg.startsWith("--")) ?? "docs/screenshot.png";

async function main(): Promise<void> {
  const served = await servePosts("Clearpost");
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
    await page.goto(served.url);
    await page.getByRole("navigation", { name: "Posts" }).getByText("Welcome to Clearpost", { exact: true }).click();
    await page.getByRole("region", { name: "Preview" }).getByRole("heading", { level: 1 }).waitFor();
    // The grade comes from the analysis worker a moment after the post opens.
    await page.getByRole("region", { name: "Readability" }).getByText(/^Grade [\d.]+ — /).waitFor();
    if (KEYWORDS) {
      await page.getByRole("button", { name: "Hide readability" }).click();
      await page.getByRole("button", { name: "Show keywords" }).click();
      await page.getByRole("region", { name: "Keywords" }).getByRole("button", { name: "Use as focus keyphrase" }).first().waitFor();
    }
    await page.screenshot({ path: OUTPUT });
    console.log(`Saved ${OUTPUT}`);
  } finally {
    await browser.close();
    await served.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
