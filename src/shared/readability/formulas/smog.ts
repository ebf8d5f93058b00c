/** SMOG grade (McLaughlin 1969): grade from words of three or more syllables per 30 sentences. */
import type { ReadabilityCounts } from "../counts";

/** SMOG grade, or NaN for no sentences. */
export function smog({ sentences, polysyllabicWords }: Pick<ReadabilityCounts, "sentences" | "polysyllabicWords">): number {
  if (sentences === 0) return Number.NaN;
  return 1.043 * Math.sqrt(polysyllabicWords * (30 / sentences)) + 3.1291;
}
