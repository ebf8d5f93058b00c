import { automatedReadability } from "automated-readability";
import { colemanLiau as referenceColemanLiau } from "coleman-liau";
import { daleChallFormula, daleChallGradeLevel } from "dale-chall-formula";
import { flesch } from "flesch";
import { fleschKincaid } from "flesch-kincaid";
import { gunningFog as referenceGunningFog } from "gunning-fog";
import { smogFormula } from "smog-formula";
import { describe, expect, it } from "vitest";
import {
  automatedReadabilityIndex,
  colemanLiau,
  daleChallGrade,
  daleChallScore,
  fleschKincaidGrade,
  fleschReadingEase,
  gunningFog,
  readabilityReport,
  readingEaseBand,
  smog,
  type ReadabilityCounts,
} from "../../../src/shared/readability";

/** Counts from a one-line sentence to a long article, with easy and hard words. */
const COUNTS: readonly ReadabilityCounts[] = [
  { sentences: 1, words: 6, syllables: 6, letters: 17, characters: 17, polysyllabicWords: 0, complexWords: 0, unfamiliarWords: 0 },
  { sentences: 5, words: 100, syllables: 150, letters: 450, characters: 470, polysyllabicWords: 12, complexWords: 10, unfamiliarWords: 4 },
  { sentences: 30, words: 612, syllables: 1001, letters: 2870, characters: 2901, polysyllabicWords: 80, complexWords: 61, unfamiliarWords: 120 },
  { sentences: 3, words: 90, syllables: 190, letters: 560, characters: 560, polysyllabicWords: 30, complexWords: 28, unfamiliarWords: 40 },
];

describe("formulas agree with the reference packages on the same counts", () => {
  it.each(COUNTS)("for %o", (counts) => {
    const reference = {
      sentence: counts.sentences,
      word: counts.words,
      syllable: counts.syllables,
      letter: counts.letters,
      character: counts.characters,
      polysillabicWord: counts.polysyllabicWords,
      complexPolysillabicWord: counts.complexWords,
      difficultWord: counts.unfamiliarWords,
    };
    expect(fleschReadingEase(counts)).toBeCloseTo(flesch(reference), 10);
    expect(fleschKincaidGrade(counts)).toBeCloseTo(fleschKincaid(reference), 10);
    expect(gunningFog(counts)).toBeCloseTo(referenceGunningFog(reference), 10);
    expect(smog(counts)).toBeCloseTo(smogFormula(reference), 10);
    expect(colemanLiau(counts)).toBeCloseTo(referenceColemanLiau(reference), 10);
    expect(automatedReadabilityIndex(counts)).toBeCloseTo(automatedReadability(reference), 10);
    expect(daleChallScore(counts)).toBeCloseTo(daleChallFormula(reference), 10);
  });
});

describe("formulas match worked examples", () => {
  const article = { sentences: 5, words: 100, syllables: 150, letters: 450, characters: 470, polysyllabicWords: 12, complexWords: 10, unfamiliarWords: 10 };
  it.each([
    ["Flesch Reading Ease: 206.835 − 1.015 × 20 − 84.6 × 1.5", fleschReadingEase(article), 59.635],
    ["Flesch–Kincaid: 0.39 × 20 + 11.8 × 1.5 − 15.59", fleschKincaidGrade(article), 9.91],
    ["Gunning fog: 0.4 × (20 + 10)", gunningFog(article), 12],
    ["SMOG: 1.043 × √(12 × 30 / 5) + 3.1291", smog(article), 1.043 * Math.sqrt(72) + 3.1291],
    ["Coleman–Liau: 0.0588 × 450 − 0.296 × 5 − 15.8", colemanLiau(article), 9.18],
    ["ARI: 4.71 × 4.7 + 0.5 × 20 − 21.43", automatedReadabilityIndex(article), 10.707],
    ["Dale–Chall above 5 % unfamiliar: 0.1579 × 10 + 0.0496 × 20 + 3.6365", daleChallScore(article), 6.2075],
    ["Dale–Chall at most 5 % unfamiliar: 0.1579 × 5 + 0.0496 × 20", daleChallScore({ ...article, unfamiliarWords: 5 }), 1.7815],
  ])("%s", (_, actual, expected) => {
    expect(actual).toBeCloseTo(expected, 6);
  });

  it("scores Flesch's 'The cat sat on the mat.' at 116.1", () => {
    expect(readabilityReport("The cat sat on the mat.").scores.fleschReadingEase).toBeCloseTo(116.145, 3);
  });

  it.each([
    [95, "Very easy"],
    [65, "Plain English"],
    [60, "Plain English"],
    [59.9, "Fairly difficult"],
    [10, "Very confusing"],
  ])("puts a Reading Ease of %d in Flesch's band %s", (score, label) => {
    expect(readingEaseBand(score)?.label).toBe(label);
  });

  it("turns Dale–Chall scores into grades along Dale and Chall's table", () => {
    for (const score of [4.5, 5, 5.5, 6.5, 7.5, 8.5, 9.5]) {
      const [low, high] = daleChallGradeLevel(score);
      const grade = daleChallGrade(score);
      expect(grade).toBeGreaterThanOrEqual(score < 5 ? 0 : low);
      expect(grade).toBeLessThanOrEqual(high + 1);
    }
    expect(daleChallGrade(4.2)).toBe(4.2);
  });

  it("gives no score rather than a made-up one when there is no prose", () => {
    const report = readabilityReport("```\ncode only\n```\n");
    expect(report.grade).toBeNull();
    expect(Object.values(report.scores).every((score) => score === null)).toBe(true);
  });
});
