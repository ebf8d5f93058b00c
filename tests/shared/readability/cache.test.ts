import { describe, expect, it } from "vitest";
import { createReadabilityAnalyzer, readabilityReport } from "../../../src/shared/readability";
import { readFixture, readOneStopEnglish } from "./support";

/** Edits a writer makes: a word changed, a paragraph added on top, a paragraph deleted, front matter changed. */
const EDITS: readonly [string, (text: string) => string][] = [
  ["changes one word", (text) => text.replace(" the ", " a ")],
  ["adds a paragraph at the top", (text) => `A new opening paragraph. It moves everything.\n\n${text}`],
  ["deletes a paragraph", (text) => text.replace(/\n\n[^\n]+\n\n/, "\n\n")],
  ["turns a paragraph into a heading", (text) => text.replace(/\n\n(?=[A-Z])/, "\n\n# ")],
  ["undoes the edit", (text) => text],
];

describe("the per-paragraph cache", () => {
  it.each(EDITS)("returns exactly the fresh report after an edit that %s", (_, edit) => {
    const original = `${readFixture("tricky-sentences.md")}\n${readOneStopEnglish()[3]?.text ?? ""}`;
    const analyzer = createReadabilityAnalyzer();
    analyzer.report(original);
    const edited = edit(original);
    expect(analyzer.report(edited)).toEqual(readabilityReport(edited));
    expect(analyzer.report(original)).toEqual(readabilityReport(original));
  });

  it("reads the target from front matter, then the setting, then 8", () => {
    const analyzer = createReadabilityAnalyzer();
    expect(analyzer.report("---\nreadability_target: 6\n---\nHello there.", { target: 10 }).target).toBe(6);
    expect(analyzer.report("Hello there.", { target: 10 }).target).toBe(10);
    expect(analyzer.report("Hello there.").target).toBe(8);
  });
});
