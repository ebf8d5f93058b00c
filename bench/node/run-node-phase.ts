/** The Node phase: the analysis, Markdown, export and library figures, in the order the README lists them. */
import { keywordFigures, readabilityFigures, relatedPostsFigures } from "./analysis-benchmarks";
import { libraryFigures } from "./library-benchmarks";
import { exportFigures, previewParseFigures } from "./markdown-benchmarks";
import type { NodeFigure } from "./node-figure";

/** Runs every Node measurement; `log` hears progress. */
export async function runNodePhase(seed: number, log: (line: string) => void): Promise<NodeFigure[]> {
  const steps: [string, () => Promise<NodeFigure[]>][] = [
    ["readability", () => readabilityFigures([1_500, 10_000, 100_000], seed)],
    ["keywords", () => keywordFigures([1_500, 10_000], seed)],
    ["related posts", () => relatedPostsFigures(1_000, seed)],
    ["markdown", () => previewParseFigures([1_500, 10_000, 100_000], seed)],
    ["export", () => exportFigures(seed)],
    ["library", () => libraryFigures(1_000, seed)],
  ];
  const figures: NodeFigure[] = [];
  for (const [name, run] of steps) {
    log(`node: ${name}`);
    figures.push(...(await run()));
  }
  return figures;
}
