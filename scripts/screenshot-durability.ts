/**
 * Screenshots of the "never lose a word" dialogs on the last build, to look at after changing
 * them: the restore offer after a crash, History, and Compare in a conflict.
 * Run: npm run build && npx tsx scripts/screenshot-durability.ts /tmp/dur  (writes /tmp/dur-*.png)
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { chromium, type Page } from "@playwright/test";
import { CHROMIUM_ARGS, findChromium } from "../tests/support/find-chromium";
import { servePosts } from "../tests/support/serve-posts";
import { openPost, setAutosaveDelay, typeAtEnd } from "../tests/support/writer-page";

const PREFIX = process.argv[2] ?? "/tmp/durability";
const POST = "---\ntitle: Field Notes\n---\n\n# Field notes\n\nWe walked to the river at dawn. The water was high after the rain.\n\nThe herons were already fishing.\n";

async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${PREFIX}-${name}.png` });
  console.log(`Saved ${PREFIX}-${name}.png`);
}

async function main(): Promise<void> {
  let served = await servePosts("Clearpost");
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  try {
    const file = join(served.folder, "field-notes.md");
    await mkdir(served.folder, { recursive: true });
    await writeFile(file, POST);
    await setAutosaveDelay(served, 60_000);
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
    await page.goto(served.url);
    await openPost(page, "Field Notes");
    for (const line of ["\nA kingfisher flashed past.", " Then it was gone."]) {
      await typeAtEnd(page, line);
      await page.keyboard.press("ControlOrMeta+s");
      await page.waitForTimeout(300);
    }
    await page.getByRole("button", { name: "History" }).click();
    await page.getByRole("dialog", { name: "History" }).getByRole("region").waitFor();
    await shoot(page, "history");
    await page.keyboard.press("Escape");

    await typeAtEnd(page, "\nUnsaved: the mist lifted by seven.");
    await writeFile(file, POST.replace("at dawn", "before dawn"));
    await page.getByRole("button", { name: "Compare" }).click();
    await page.getByRole("dialog", { name: "Compare with the file on disk" }).getByRole("region").waitFor();
    await shoot(page, "compare");
    await page.keyboard.press("Escape");

    await page.waitForTimeout(1_000);
    served = await served.crashAndRestart();
    await page.goto(served.url);
    await page.getByRole("dialog", { name: "Restore unsaved changes?" }).getByRole("region").waitFor();
    await shoot(page, "restore");
  } finally {
    await browser.close();
    await served.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
