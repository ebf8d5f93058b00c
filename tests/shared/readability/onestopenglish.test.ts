import { syllable } from "syllable";
import { describe, expect, it } from "vitest";
import { readabilityReport } from "../../../src/shared/readability";
import { readOneStopEnglish, type LeveledText } from "./support";

/** Flesch–Kincaid as a quick script computes it: a regex sentence split and raw `syllable` counts. */
function naiveFleschKincaid(text: string): number {
  const sentences = text.split(/[.!?]+\s/).filter((sentence) => sentence.trim() !== "").length;
  const words = text.match(/[A-Za-z']+/g) ?? [];
  const syllables = words.reduce((sum, word) => sum + syllable(word), 0);
  return 0.39 * (words.length / sentences) + 11.8 * (syllables / words.length) - 15.59;
}

/** Share of same-topic pairs where the harder level gets the higher grade. */
function orderingAccuracy(texts: readonly LeveledText[], grade: (text: LeveledText) => number): number {
  const grades = new Map(texts.map((text) => [text, grade(text)]));
  let pairs = 0;
  let right = 0;
  for (const easier of texts) {
    for (const harder of texts) {
      if (easier.topic !== harder.topic || easier.level_index >= harder.level_index) continue;
      pairs++;
      if ((grades.get(harder) ?? 0) > (grades.get(easier) ?? 0)) right++;
    }
  }
  return right / pairs;
}

describe("the headline grade on the OneStopEnglish leveled articles", () => {
  it("ranks advanced > intermediate > elementary for at least 98 % of same-topic pairs, beating a naive Flesch–Kincaid", () => {
    const texts = readOneStopEnglish();
    const reports = new Map(texts.map((text) => [text, readabilityReport(text.text)]));
    const headline = orderingAccuracy(texts, (text) => reports.get(text)?.grade ?? Number.NaN);
    const fleschKincaid = orderingAccuracy(texts, (text) => reports.get(text)?.scores.fleschKincaidGrade ?? Number.NaN);
    const naive = orderingAccuracy(texts, (text) => naiveFleschKincaid(text.text));
    const percent = (share: number): string => `${(share * 100).toFixed(1)}%`;
    console.log(`OneStopEnglish ordering (${texts.length} texts): headline grade ${percent(headline)}, our Flesch–Kincaid ${percent(fleschKincaid)}, naive Flesch–Kincaid ${percent(naive)}`);
    expect(headline).toBeGreaterThanOrEqual(0.98);
    expect(headline).toBeGreaterThan(naive);
  });
});
