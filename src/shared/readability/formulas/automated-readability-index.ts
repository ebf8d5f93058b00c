/** Automated Readability Index (Smith and Senter 1967): grade from characters per word and words per sentence. */
import type { ReadabilityCounts } from "../counts";

/** Automated Readability Index, or NaN for no words. */
export function automatedReadabilityIndex({ sentences, words, characters }: Pick<ReadabilityCounts, "sentences" | "words" | "characters">): number {
  if (sentences === 0 || words === 0) return Number.NaN;
  return 4.71 * (characters / words) + 0.5 * (words / sentences) - 21.43;
}
