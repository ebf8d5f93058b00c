/** Builds the bench's pages with Vite from the project's own packages: the bare editor (the baseline) and the in-page probe. */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "vite";

const PAGES = fileURLToPath(new URL("../pages", import.meta.url));

/** Where the built pages are. */
export interface BuiltPages {
  /** A folder holding bare-editor.html and its assets. */
  readonly baselineFolder: string;
  /** The probe as one classic script, to inject before a page's own scripts. */
  readonly probeScript: string;
}

/** Builds both into `folder`. */
export async function buildPages(folder: string): Promise<BuiltPages> {
  const baselineFolder = join(folder, "baseline");
  await build({
    configFile: false,
    logLevel: "warn",
    root: PAGES,
    base: "./",
    build: { outDir: baselineFolder, emptyOutDir: true, target: "es2022", modulePreload: { polyfill: false }, rollupOptions: { input: join(PAGES, "bare-editor.html") } },
  });
  const probeFolder = join(folder, "probe");
  await build({
    configFile: false,
    logLevel: "warn",
    build: {
      outDir: probeFolder,
      emptyOutDir: true,
      target: "es2022",
      minify: false,
      lib: { entry: join(PAGES, "typing-probe.ts"), formats: ["iife"], name: "clearpostBenchProbe", fileName: () => "typing-probe.js" },
    },
  });
  return { baselineFolder, probeScript: await readFile(join(probeFolder, "typing-probe.js"), "utf8") };
}
