/**
 * Screenshots of the real app from the last build, served in browser mode on fresh folders and
 * opened in Chromium: the README's picture, the user guide's, and any scene to look at after a
 * change (scripts/screenshots/scenes.ts).
 * Run: npm run build && npm run screenshot [-- SCENE… | --guide] [--out DIR] [--width N] [--dark]
 *   no scene: `app`, saved as docs/screenshot.png; --guide: the guide's scenes into docs/guide/.
 */
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, findChromium } from "../tests/support/find-chromium";
import { servePosts } from "../tests/support/serve-posts";
import type { SceneContext } from "./screenshots/scene";
import { GUIDE_SCENES, SCENES } from "./screenshots/scenes";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { guide: { type: "boolean", default: false }, out: { type: "string" }, width: { type: "string", default: "1280" }, dark: { type: "boolean", default: false } },
});
const names = values.guide ? [...GUIDE_SCENES] : positionals.length > 0 ? positionals : ["app"];
const folder = values.out ?? (values.guide ? "docs/guide" : names.length === 1 && names[0] === "app" ? "docs" : "/tmp/clearpost-screenshots");
const width = Number(values.width);

async function main(): Promise<void> {
  const unknown = names.filter((name) => !(name in SCENES));
  if (unknown.length > 0) throw new Error(`No scene named ${unknown.join(", ")}; there are: ${Object.keys(SCENES).join(", ")}`);
  await mkdir(folder, { recursive: true });
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  try {
    for (const name of names) {
      const page = await browser.newPage({ viewport: { width, height: 800 }, deviceScaleFactor: 1, colorScheme: values.dark ? "dark" : "light" });
      const context: SceneContext = {
        page,
        served: await servePosts("Clearpost"),
        async shoot(shot, element) {
          const path = join(folder, `${shot}.png`);
          await (element ?? page).screenshot({ path });
          console.log(`Saved ${path}`);
        },
      };
      try {
        await page.goto(context.served.url);
        await SCENES[name]?.(context);
      } finally {
        await page.close();
        await context.served.stop();
      }
    }
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
