/**
 * One measurement of one page and one post (perf-method.md): open it and note the startup
 * frames, weigh the heap and the DOM, put the caret at the end of the middle paragraph, warm up,
 * then type 40 characters one every 120 ms while the probe times each keystroke.
 */
import { writeFile } from "node:fs/promises";
import type { Browser, Page } from "@playwright/test";
import type { ProbeReport } from "../pages/probe-protocol";
import { middleParagraphEnd } from "./caret-target";
import type { PageUnderTest } from "./pages-under-test";

/** Typed first and not measured: wakes up the code paths typing takes. */
export const WARM_UP = " Then it rained.";
/** The 40 measured characters. */
export const TYPED = " We kept the beds damp with straw mulch.";
/** About 100 words a minute. */
export const KEY_INTERVAL_MS = 120;
/** Characters of the paragraph before the caret that the probe looks for in the preview. */
const ANCHOR_LENGTH = 24;

/** What one measurement found. */
export interface PageMeasurement {
  readonly probe: ProbeReport;
  /** JS heap in use after a forced garbage collection (main thread). */
  readonly heapBytes: number;
  /** DOM nodes (CDP Performance.getMetrics). */
  readonly domNodes: number;
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, Math.max(0, ms)));

/** Types `text` one character every KEY_INTERVAL_MS, on a fixed schedule so slow keys do not stretch it. */
async function typeSteadily(page: Page, text: string): Promise<void> {
  const start = performance.now();
  for (const [index, character] of [...text].entries()) {
    await sleep(start + index * KEY_INTERVAL_MS - performance.now());
    await page.keyboard.type(character);
  }
}

/** Waits until the page has answered every analysis request it made (at once on the bare editor). */
async function waitForQuiet(page: Page, timeout: number): Promise<void> {
  await page.waitForFunction(() => window.benchProbe?.report().workerRuns.every((run) => run.receivedAt !== null) ?? false, null, { timeout });
  await sleep(300);
}

async function weigh(page: Page): Promise<{ heapBytes: number; domNodes: number }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("HeapProfiler.collectGarbage");
  await cdp.send("HeapProfiler.collectGarbage");
  const heap = await cdp.send("Runtime.getHeapUsage");
  await cdp.send("Performance.enable");
  const { metrics } = await cdp.send("Performance.getMetrics");
  await cdp.detach();
  return { heapBytes: heap.usedSize, domNodes: metrics.find((metric) => metric.name === "Nodes")?.value ?? 0 };
}

/** The post to type into, and where to write a CPU profile of the typing (null: none). */
export interface TypingRun {
  readonly text: string;
  readonly title: string;
  readonly profilePath: string | null;
}

/** Records a CPU profile of `page` from now until the returned function is called, which writes it to `path`. */
async function startProfile(page: Page, path: string): Promise<() => Promise<void>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.start");
  return async () => {
    const { profile } = await cdp.send("Profiler.stop");
    await writeFile(path, JSON.stringify(profile));
    await cdp.detach();
  };
}

/** Measures `subject` with `run.text` (titled `run.title`) in a fresh context of `browser`. */
/**
 * Rests the mouse over the text just left of the caret (which ends a paragraph), on both pages alike: Chromium hit-tests
 * under the pointer after every layout, so a pointer over one page's editor and off the other's
 * would weigh on one side only (Clearpost's caret is placed with a click, the bare editor's not).
 */
async function restMouseBesideCaret(page: Page): Promise<void> {
  const caret = await page.evaluate(() => {
    const selection = document.getSelection();
    const box = selection && selection.rangeCount > 0 ? selection.getRangeAt(0).getBoundingClientRect() : null;
    return box ? { x: box.left, y: box.top + box.height / 2 } : null;
  });
  if (caret === null) throw new Error("the page has no caret to rest the mouse beside");
  await page.mouse.move(Math.max(0, caret.x - 24), caret.y);
}

export async function measureTyping(browser: Browser, subject: PageUnderTest, probeScript: string, run: TypingRun): Promise<PageMeasurement> {
  const post = run.text;
  const { url, setup } = await subject.load(post, run.title);
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    await page.addInitScript({ content: `window.benchProbeSetup = ${JSON.stringify(setup)};\n${probeScript}` });
    const timeout = 120_000;
    await page.goto(url);
    await page.waitForFunction(() => window.benchProbe?.report().filledAt != null, null, { timeout });
    await waitForQuiet(page, timeout);
    const { heapBytes, domNodes } = await weigh(page);

    const target = middleParagraphEnd(post);
    await subject.placeCaret(page, target);
    await restMouseBesideCaret(page);
    await sleep(300);
    await typeSteadily(page, WARM_UP);
    await waitForQuiet(page, timeout);
    const before = target.text + WARM_UP;
    if (!(await page.locator(".cm-content").innerText()).includes(before)) throw new Error(`${subject.name}: the warm-up keys did not land at the end of line ${target.line}`);
    const stopProfile = run.profilePath ? await startProfile(page, run.profilePath) : null;
    await page.evaluate((request) => window.benchProbe?.arm(request), { typed: TYPED, anchor: before.slice(-ANCHOR_LENGTH), baseLength: post.length + WARM_UP.length });
    await typeSteadily(page, TYPED);
    // A page that never catches up is reported with the frames it did reach.
    await page.waitForFunction(() => window.benchProbe?.settled() ?? false, null, { timeout: 30_000 }).catch(() => undefined);
    await stopProfile?.();
    await sleep(200);
    const probe = await page.evaluate(() => {
      const report = window.benchProbe?.report();
      if (!report) throw new Error("the probe is missing from the page");
      return report;
    });
    return { probe, heapBytes, domNodes };
  } finally {
    await context.close();
    await subject.unload();
  }
}
