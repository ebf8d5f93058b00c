/**
 * `npm run bench` (issue 7): Clearpost against a bare CodeMirror editor in headless Chromium,
 * then the Node side. Prints the tables and saves them to bench/results.md (and the raw figures
 * to bench/results.json). Needs `npm run build` first. Timings are never asserted anywhere.
 */
import { writeFile } from "node:fs/promises";
import { cpus, totalmem } from "node:os";
import { fileURLToPath } from "node:url";
import { type BenchOptions, parseBenchOptions, USAGE } from "./bench-options";
import { type BrowserPhaseResult, runBrowserPhase } from "./browser/run-browser-phase";
import { KEY_INTERVAL_MS, TYPED } from "./browser/measure-typing";
import type { NodeFigure } from "./node/node-figure";
import { runNodePhase } from "./node/run-node-phase";
import { nodeTable, typingTables } from "./report/format-figures";

const RESULTS = (extension: string) => fileURLToPath(new URL(`results.${extension}`, import.meta.url));

function machine(browser: string | null): string {
  const cpu = cpus();
  const parts = [`${cpu.length} cores (${cpu[0]?.model.trim() ?? "unknown CPU"})`, `${Math.round(totalmem() / 1024 ** 3)} GB`, `Node ${process.version}`];
  if (browser) parts.push(`${browser} headless, no GPU, 1280×800`);
  return parts.join(", ");
}

function resultsMarkdown(options: BenchOptions, browser: BrowserPhaseResult | null, node: readonly NodeFigure[] | null): string {
  const sections = [
    "# Clearpost benchmark results",
    "",
    `Made by \`npm run bench\` on ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC: ${machine(browser?.browser ?? null)}.`,
    "Timings on a shared machine are noisy: compare Clearpost with the bare editor measured beside it in the same run.",
  ];
  if (browser) {
    sections.push(
      "",
      "## Typing in the browser",
      "",
      `${TYPED.length} characters typed at the end of the middle paragraph, one every ${KEY_INTERVAL_MS} ms, after a warm-up; ` +
        `median of ${options.repeats} repeat(s) (min–max in brackets). Latencies run from the keydown's timeStamp to the frame after the change (perf-method.md). ` +
        "Preview and analysis latencies are compared with the bare editor's editor latency; a space typed at a paragraph's end never shows in the preview, so preview figures cover the other keys.",
      "",
      typingTables(browser.results),
    );
  }
  if (node) sections.push("", "## Node", "", nodeTable(node));
  return `${sections.join("\n")}\n`;
}

async function main(): Promise<void> {
  let options: BenchOptions;
  try {
    options = parseBenchOptions(process.argv.slice(2));
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  const log = (line: string) => console.error(`[bench] ${line}`);
  const browser = options.browser ? await runBrowserPhase(options, log) : null;
  const node = options.node ? await runNodePhase(options.seed, options.scale, log) : null;
  const markdown = resultsMarkdown(options, browser, node);
  console.log(markdown);
  if (options.save) {
    await writeFile(RESULTS("md"), markdown);
    await writeFile(RESULTS("json"), `${JSON.stringify({ machine: machine(browser?.browser ?? null), options, typing: browser?.results ?? null, node }, null, 2)}\n`);
    log("saved bench/results.md and bench/results.json");
  }
}

void main();
