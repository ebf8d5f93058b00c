/** -ly adverbs: WordNet's adverbs ending in -ly that are never adjectives, nouns or verbs ("quickly", not "only"). */
import { LY_ADVERBS } from "./generated/ly-adverbs";

const adverbs: ReadonlySet<string> = new Set(LY_ADVERBS.split(" "));

/** Whether a lower-case word is an -ly adverb. */
export function isLyAdverb(lower: string): boolean {
  return adverbs.has(lower);
}
