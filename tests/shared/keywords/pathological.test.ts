import { describe, expect, it } from "vitest";
import { keywordReport } from "../../../src/shared/keywords";

/** Inputs a stranger's post could hold that would make a careless scanner slow. */
const INPUTS: readonly [string, string][] = [
  ["one 20,000-word sentence", Array.from({ length: 20_000 }, (_, i) => `word${i % 500}`).join(" ")],
  ["20,000 unmatched asterisks and underscores", "*a _b ".repeat(10_000)],
  ["the same word 50,000 times", "sourdough ".repeat(50_000)],
  ["a 5,000-deep blockquote and list nesting", `${"> ".repeat(100)}- ${"text ".repeat(5_000)}`],
  ["10,000 images without alt text", "![](x.png) ".repeat(10_000)],
];

describe("pathological posts", () => {
  it.each(INPUTS)("%s: a report in seconds, not minutes", (_, text) => {
    const started = performance.now();
    const report = keywordReport(text, { slug: "x", focusKeyphrase: "sourdough" });
    expect(report.post.length).toBeGreaterThan(0);
    // A guard against quadratic scans (minutes at these sizes), not a speed figure: those are in npm run bench.
    // The bound is wide because CI machines are shared: 3 s once tripped at 3.4 s under load.
    expect(performance.now() - started).toBeLessThan(15_000);
  });
});
