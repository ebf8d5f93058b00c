/** The Node phase: the analysis, Markdown, export, library and search figures, in the order the README lists them. */
import { keywordFigures, readabilityFigures, relatedPostsFigures } from "./analysis-benchmarks";
import { libraryFigures } from "./library-benchmarks";
import { exportFigures, previewParseFigures } from "./markdown-benchmarks";
import type { NodeFigure } from "./node-figure";
import { searchFigures } from "./search-benchmarks";

/** The sizes the Node phase measures: the README's, or a smoke run's small ones that only prove the harness works. */
const SCALES = {
  full: { posts: [1_500, 10_000, 100_000], keywordPosts: [1_500, 10_000], library: 1_000 },
  smoke: { posts: [1_500], keywordPosts: [1_500], library: 50 },
} as const;

/** Runs every Node measurement at `scale`; `log` hears progress. */
export async function runNodePhase(seed: number, scale: keyof typeof SCALES, log: (line: string) => void): Promise<NodeFigure[]> {
  const sizes = SCALES[scale];
  const steps: [string, () => Promise<NodeFigure[]>][] = [
    ["readability", () => readabilityFigures(sizes.posts, seed)],
    ["keywords", () => keywordFigures(sizes.keywordPosts, seed)],
    ["related posts", () => relatedPostsFigures(sizes.library, seed)],
    ["markdown", () => previewParseFigures(sizes.posts, seed)],
    ["export", () => exportFigures(seed)],
    ["library", () => libraryFigures(sizes.library, seed)],
    ["find in posts", () => searchFigures(sizes.library, seed)],
  ];
  const figures: NodeFigure[] = [];
  for (const [name, run] of steps) {
    log(`node: ${name}`);
    figures.push(...(await run()));
  }
  return figures;
}
