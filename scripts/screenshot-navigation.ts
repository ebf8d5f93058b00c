/**
 * Screenshots of the Outline panel and of "Find in posts" results, at 1280 and 1024 px wide, on a
 * fresh folder with the welcome post and two more. Run: npm run build && npx tsx scripts/screenshot-navigation.ts [OUTPUT_PREFIX]
 */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, findChromium } from "../tests/support/find-chromium";
import { servePosts } from "../tests/support/serve-posts";

const PREFIX = process.argv[2] ?? "/tmp/navigation";

const TRIP = `---
title: Three days in Lisbon
---

We arrived on a grey morning and found the city bright by noon.

## Getting around

Tram 28 climbs through Alfama; buy a day pass and ride it early, before the crowds.

### Trams and funiculars

The Glória funicular saves a steep walk up to Bairro Alto.

## Where to eat

#### Pastries

A custard tart from the bakery in Belém is worth the queue, and the coffee is good too.

# Notes
`;

const PORTO = `---
title: A weekend in Porto
---

Porto has bridges, port wine and, yes, another custard tart by the river.
`;

async function main(): Promise<void> {
  const served = await servePosts("Clearpost");
  await writeFile(join(served.folder, "lisbon.md"), TRIP);
  await writeFile(join(served.folder, "porto.md"), PORTO);
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  try {
    for (const width of [1280, 1024]) {
      const page = await browser.newPage({ viewport: { width, height: 800 }, deviceScaleFactor: 1 });
      await page.goto(served.url);
      await page.getByRole("navigation", { name: "Posts" }).getByText("Three days in Lisbon", { exact: true }).click();
      await page.getByRole("button", { name: /^(Show|Hide) outline$/ }).waitFor();
      const show = page.getByRole("button", { name: "Show outline" });
      if (await show.isVisible()) await show.click();
      const outline = page.getByRole("navigation", { name: "Outline" });
      await outline.getByRole("button", { name: "Trams and funiculars" }).click();
      await page.screenshot({ path: `${PREFIX}-outline-${width}.png` });
      await page.keyboard.press("ControlOrMeta+Shift+F");
      await page.getByRole("searchbox", { name: "Find" }).fill("custard tart");
      await page.getByRole("status").filter({ hasText: "matches in" }).waitFor();
      await page.screenshot({ path: `${PREFIX}-find-${width}.png` });
      await page.close();
    }
    console.log(`Saved ${PREFIX}-*.png`);
  } finally {
    await browser.close();
    await served.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
