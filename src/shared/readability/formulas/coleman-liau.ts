/** Coleman–Liau index (1975): grade from letters and sentences per 100 words, no syllables needed. */
import type { ReadabilityCounts } from "../counts";

/** Coleman–Liau index, or NaN for no words. */
export function colemanLiau({ sentences, words, letters }: Pick<ReadabilityCounts, "sentences" | "words" | "letters">): number {
  if (sentences === 0 || words === 0) return Number.NaN;
  return 0.0588 * ((letters / words) * 100) - 0.296 * ((sentences / words) * 100) - 15.8;
}
