/** The scores of the panel's table, in order, with what each measures in one line. */
import type { ReadabilityScores } from "../../../../shared/readability";

/** A row of the scores table. */
export interface ScoreRow {
  readonly score: Exclude<keyof ReadabilityScores, "fleschReadingEase">;
  readonly name: string;
  readonly measures: string;
}

/** The grade-like scores (Flesch Reading Ease has its own line above the table). */
export const SCORE_ROWS: readonly ScoreRow[] = [
  { score: "fleschKincaidGrade", name: "Flesch–Kincaid", measures: "School grade from words per sentence and syllables per word." },
  { score: "gunningFog", name: "Gunning fog", measures: "Years of schooling, from sentence length and words of 3+ syllables." },
  { score: "smog", name: "SMOG", measures: "Grade from how many words have 3+ syllables; used for health texts." },
  { score: "colemanLiau", name: "Coleman–Liau", measures: "Grade from letters per word and sentences per 100 words." },
  { score: "automatedReadabilityIndex", name: "Automated Readability Index", measures: "Grade from characters per word and words per sentence." },
  { score: "daleChall", name: "New Dale–Chall", measures: "A score from words outside the 3,000 a 4th-grader knows, and sentence length." },
];
