/** The browser phase: Clearpost and the bare editor, in one Chromium, for each size and repeat. */
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, findChromium } from "../../tests/support/find-chromium";
import { generatePost } from "../generator/generate-post";
import { buildPages } from "./build-pages";
import { measureTyping } from "./measure-typing";
import { baselinePage, clearpostPage, type PageName, type PageUnderTest } from "./pages-under-test";
import { serveBaseline } from "./static-server";
import { type TypingFigures, typingFigures } from "./typing-metrics";

/** Which sizes to measure, how often, from which seed, and where to put CPU profiles (null: none). */
export interface BrowserPhaseOptions {
  readonly sizes: readonly number[];
  readonly repeats: number;
  readonly seed: number;
  readonly profileFolder: string | null;
}

/** The figures of one page at one size in one repeat. */
export interface TypingResult {
  readonly words: number;
  readonly page: PageName;
  readonly repeat: number;
  readonly figures: TypingFigures;
}

/** Every measurement, and the browser that made them. */
export interface BrowserPhaseResult {
  readonly browser: string;
  readonly results: readonly TypingResult[];
}

/** Runs every measurement; `log` hears progress. */
export async function runBrowserPhase(options: BrowserPhaseOptions, log: (line: string) => void): Promise<BrowserPhaseResult> {
  const folder = await mkdtemp(join(tmpdir(), "clearpost-bench-"));
  if (options.profileFolder) await mkdir(options.profileFolder, { recursive: true });
  const pages = await buildPages(folder);
  const server = await serveBaseline(pages.baselineFolder);
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  const version = `Chromium ${browser.version()}`;
  log(version);
  const subjects: readonly PageUnderTest[] = [baselinePage(server), clearpostPage()];
  const results: TypingResult[] = [];
  try {
    for (let repeat = 1; repeat <= options.repeats; repeat++) {
      for (const words of options.sizes) {
        const title = `Benchmark post ${words} words`;
        const post = generatePost({ words, seed: options.seed, title }).text;
        // Alternating which page goes first keeps a slow spell of the shared machine from always hitting the same page.
        const ordered = repeat % 2 === 1 ? subjects : [...subjects].reverse();
        for (const subject of ordered) {
          log(`repeat ${repeat}/${options.repeats}: ${subject.name}, ${words} words`);
          const profilePath = options.profileFolder && join(options.profileFolder, `${subject.name}-${words}-words-${repeat}.cpuprofile`);
          const measurement = await measureTyping(browser, subject, pages.probeScript, { text: post, title, profilePath });
          results.push({ words, page: subject.name, repeat, figures: typingFigures(measurement, subject.name === "clearpost") });
        }
      }
    }
  } finally {
    await browser.close();
    await server.stop();
    await rm(folder, { recursive: true, force: true });
  }
  return { browser: version, results };
}
