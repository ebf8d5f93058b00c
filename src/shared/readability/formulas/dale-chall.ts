/**
 * New Dale–Chall (Chall and Dale 1995): a score from the share of words outside the list of
 * about 3,000 familiar words and the sentence length, with its table of grade levels.
 */
import type { ReadabilityCounts } from "../counts";

/** The New Dale–Chall score (4.9 and below: 4th grade; 10 and above: college graduate), or NaN for no words. */
export function daleChallScore({ sentences, words, unfamiliarWords }: Pick<ReadabilityCounts, "sentences" | "words" | "unfamiliarWords">): number {
  if (sentences === 0 || words === 0) return Number.NaN;
  const unfamiliarShare = unfamiliarWords / words;
  const score = 0.1579 * (unfamiliarShare * 100) + 0.0496 * (words / sentences);
  return unfamiliarShare > 0.05 ? score + 3.6365 : score;
}

// Dale and Chall's table: score bands 5–5.9, 6–6.9 ... 10+ start grades 5, 7, 9, 11, 13, 16.
const GRADE_AT_SCORE: readonly (readonly [score: number, grade: number])[] = [
  [5, 5], [6, 7], [7, 9], [8, 11], [9, 13], [10, 16],
];

/**
 * A Dale–Chall score as a school grade, interpolated through the table so it can be averaged
 * with the other grades (below 5 the score is the grade; above 10 the last slope goes on).
 */
export function daleChallGrade(score: number): number {
  const first = GRADE_AT_SCORE[0];
  if (Number.isNaN(score) || !first) return Number.NaN;
  if (score < first[0]) return score;
  for (let i = 1; i < GRADE_AT_SCORE.length; i++) {
    const low = GRADE_AT_SCORE[i - 1];
    const high = GRADE_AT_SCORE[i];
    if (low && high && (score < high[0] || i === GRADE_AT_SCORE.length - 1)) {
      return low[1] + ((score - low[0]) * (high[1] - low[1])) / (high[0] - low[0]);
    }
  }
  return Number.NaN;
}
