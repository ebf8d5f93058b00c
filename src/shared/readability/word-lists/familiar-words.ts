/** The New Dale–Chall list of about 3,000 words familiar to American fourth-graders (npm `dale-chall`). */
import { daleChall } from "dale-chall";

/** Familiar words, lower-case. */
export const FAMILIAR_WORDS: ReadonlySet<string> = new Set(daleChall);

// Dale and Chall count regular inflections of a listed word as familiar: ending -> what it replaced.
// (Their -er/-est rule is left out: on the OneStopEnglish texts it blurred the levels.)
const INFLECTIONS: readonly (readonly [ending: string, base: string])[] = [
  ["s", ""], ["es", ""], ["ies", "y"], ["d", ""], ["ed", ""], ["ied", "y"], ["ing", ""], ["ing", "e"],
];

/** Whether a lower-case word is on the Dale–Chall list, or a plural, -ed or -ing form of a listed word. */
export function isFamiliarWord(lower: string): boolean {
  if (FAMILIAR_WORDS.has(lower)) return true;
  return INFLECTIONS.some(([ending, base]) => lower.endsWith(ending) && lower.length - ending.length > 1 && FAMILIAR_WORDS.has(lower.slice(0, -ending.length) + base));
}
