/** Gunning fog index (Gunning 1952): years of schooling needed, from sentence length and complex words. */
import type { ReadabilityCounts } from "../counts";

/** Gunning fog index, or NaN for no words. */
export function gunningFog({ sentences, words, complexWords }: Pick<ReadabilityCounts, "sentences" | "words" | "complexWords">): number {
  if (sentences === 0 || words === 0) return Number.NaN;
  return 0.4 * (words / sentences + 100 * (complexWords / words));
}
