/** Flesch–Kincaid grade level (Kincaid et al. 1975): the US school grade the text suits. */
import type { ReadabilityCounts } from "../counts";

/** Flesch–Kincaid grade, or NaN for no words. */
export function fleschKincaidGrade({ sentences, words, syllables }: Pick<ReadabilityCounts, "sentences" | "words" | "syllables">): number {
  if (sentences === 0 || words === 0) return Number.NaN;
  return 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59;
}
