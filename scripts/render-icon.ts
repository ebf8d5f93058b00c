/**
 * Renders resources/icon.svg to resources/icon.png (1024 × 1024) in Chromium, the one PNG
 * electron-builder turns into the Linux, macOS (.icns) and Windows (.ico) icons.
 * Run: npx tsx scripts/render-icon.ts
 */
import { readFile } from "node:fs/promises";
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, findChromium } from "../tests/support/find-chromium";

const SIZE = 1024;

async function main(): Promise<void> {
  const svg = await readFile("resources/icon.svg", "utf8");
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: SIZE, height: SIZE }, deviceScaleFactor: 1 });
    await page.setContent(`<!doctype html><body style="margin:0;background:transparent">${svg}</body>`);
    await page.locator("svg").screenshot({ path: "resources/icon.png", omitBackground: true });
    console.log("Saved resources/icon.png");
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
