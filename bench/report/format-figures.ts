/** The bench's tables, in Markdown: readable on a terminal and in results.md alike. */
import type { PageName } from "../browser/pages-under-test";
import type { TypingResult } from "../browser/run-browser-phase";
import { TYPING_METRICS, type TypingMetric } from "../browser/typing-metrics";
import type { NodeFigure } from "../node/node-figure";
import { median, spread } from "../stats";

const DECIMALS: Record<string, number> = { ms: 1, MB: 1, "": 0 };

function formatValue(value: number | null, unit: string): string {
  if (value === null) return "—";
  const text = value.toLocaleString("en", { maximumFractionDigits: DECIMALS[unit] ?? 1, minimumFractionDigits: DECIMALS[unit] ?? 1 });
  return unit && unit !== "ms" ? `${text} ${unit}` : text;
}

/** "median (min–max)" of the repeats, or the value alone when there was one repeat. */
function formatRepeats(values: readonly (number | null)[], unit: string): string {
  const range = spread(values);
  const middle = formatValue(median(values), unit);
  if (!range || values.length < 2) return middle;
  return `${middle} (${formatValue(range.min, unit)}–${formatValue(range.max, unit)})`;
}

const row = (cells: readonly string[]) => `| ${cells.join(" | ")} |`;

/** One table per size: each figure for the bare editor and Clearpost, and Clearpost's ratio to the baseline figure it is compared with. */
export function typingTables(results: readonly TypingResult[]): string {
  const sizes = [...new Set(results.map((result) => result.words))];
  return sizes
    .map((words) => {
      const values = (page: PageName, metric: TypingMetric) => results.filter((result) => result.words === words && result.page === page).map((result) => result.figures[metric]);
      const lines = (Object.entries(TYPING_METRICS) as [TypingMetric, (typeof TYPING_METRICS)[TypingMetric]][]).flatMap(([metric, { unit, against }]) => {
        const clearpost = values("clearpost", metric);
        const baseline = values("baseline", metric);
        if (clearpost.every((value) => value === null) && baseline.every((value) => value === null)) return [];
        const ours = median(clearpost);
        const theirs = against === null ? null : median(values("baseline", against));
        const ratio = ours !== null && theirs !== null && theirs > 0 ? `${(ours / theirs).toFixed(2)}×` : "—";
        const name = unit === "ms" ? `${metric} (ms)` : metric;
        return [row([name, formatRepeats(baseline, unit), formatRepeats(clearpost, unit), against === null ? "—" : `${ratio}${against === metric ? "" : ` of baseline ${against}`}`])];
      });
      return [`### ${words.toLocaleString("en")} words`, "", row(["figure", "bare editor", "Clearpost", "Clearpost ÷ baseline"]), row(["---", "---:", "---:", "---"]), ...lines].join("\n");
    })
    .join("\n\n");
}

/** The Node figures: median of the runs and their spread. */
export function nodeTable(figures: readonly NodeFigure[]): string {
  const lines = figures.map((figure) =>
    row([figure.group, figure.what, formatValue(figure.medianMs, "ms"), `${formatValue(figure.minMs, "ms")}–${formatValue(figure.maxMs, "ms")} (${figure.runs} runs)`]),
  );
  return [row(["what", "case", "median (ms)", "spread"]), row(["---", "---", "---:", "---"]), ...lines].join("\n");
}
