/**
 * The one grade a writer sees: the mean of four formulas that weigh different evidence —
 * Flesch–Kincaid (syllables), Gunning fog (complex words), SMOG (polysyllables) and New
 * Dale–Chall (unfamiliar words). On the OneStopEnglish leveled articles it orders the three
 * levels of an article as well as the best single formula, and a writer gains from a grade no
 * single formula's quirk can move much (readability.test.ts measures it).
 */
import type { ReadabilityCounts } from "./counts";
import { daleChallGrade, daleChallScore } from "./formulas/dale-chall";
import { fleschKincaidGrade } from "./formulas/flesch-kincaid-grade";
import { gunningFog } from "./formulas/gunning-fog";
import { smog } from "./formulas/smog";

/** The headline US school grade of some prose, or NaN for none. */
export function headlineGrade(counts: ReadabilityCounts): number {
  const grades = [fleschKincaidGrade(counts), gunningFog(counts), smog(counts), daleChallGrade(daleChallScore(counts))];
  return grades.reduce((sum, grade) => sum + grade, 0) / grades.length;
}

/** A grade in words, for the headline ("Grade 8 — plain English"). */
export function describeGrade(grade: number): string {
  if (grade < 6) return "easy";
  if (grade < 10) return "plain English";
  if (grade < 13) return "fairly difficult";
  if (grade < 16) return "difficult";
  return "very difficult";
}
