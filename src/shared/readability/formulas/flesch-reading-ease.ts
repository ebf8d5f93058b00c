/** Flesch Reading Ease (Flesch 1948): 0–100, higher is easier; 60–70 is plain English. */
import type { ReadabilityCounts } from "../counts";

/** Flesch Reading Ease, or NaN for no words. */
export function fleschReadingEase({ sentences, words, syllables }: Pick<ReadabilityCounts, "sentences" | "words" | "syllables">): number {
  if (sentences === 0 || words === 0) return Number.NaN;
  return 206.835 - 1.015 * (words / sentences) - 84.6 * (syllables / words);
}

/** Flesch's own bands, from "very easy" to "very confusing", with the school level each fits. */
export interface ReadingEaseBand {
  /** Lowest score in the band. */
  readonly min: number;
  readonly label: string;
  readonly level: string;
}

/** Flesch's table (The Art of Readable Writing), highest band first. */
export const READING_EASE_BANDS: readonly ReadingEaseBand[] = [
  { min: 90, label: "Very easy", level: "5th grade" },
  { min: 80, label: "Easy", level: "6th grade" },
  { min: 70, label: "Fairly easy", level: "7th grade" },
  { min: 60, label: "Plain English", level: "8th and 9th grade" },
  { min: 50, label: "Fairly difficult", level: "10th to 12th grade" },
  { min: 30, label: "Difficult", level: "college" },
  { min: Number.NEGATIVE_INFINITY, label: "Very confusing", level: "college graduate" },
];

/** The band a Reading Ease score falls in (scores above 100 are "very easy"), or null for NaN. */
export function readingEaseBand(score: number): ReadingEaseBand | null {
  if (Number.isNaN(score)) return null;
  return READING_EASE_BANDS.find((band) => score >= band.min) ?? null;
}
