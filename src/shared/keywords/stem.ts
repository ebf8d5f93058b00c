/**
 * Lower-cases and stems words (Porter, the `stemmer` package) so word forms group and match:
 * "exosome" and "Exosomes" share the stem "exosom". Stems are memoised: a writer's vocabulary
 * is small and the same words come back on every keystroke.
 */
import { stemmer } from "stemmer";

const memo = new Map<string, string>();
// Enough for a long book's vocabulary; past it the memo starts again rather than grow for ever.
const MEMO_LIMIT = 100_000;
const POSSESSIVE = /'s?$/;

/** A word as the matcher compares it: lower-case, straight apostrophes. */
export function normalizeWord(text: string): string {
  return text.toLowerCase().replace(/[’‘]/g, "'");
}

/** The stem of a lower-case word: the possessive goes ("writer's" -> "writer"), then Porter. */
export function stemWord(lower: string): string {
  let stem = memo.get(lower);
  if (stem === undefined) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    stem = stemmer(lower.replace(POSSESSIVE, ""));
    memo.set(lower, stem);
  }
  return stem;
}
