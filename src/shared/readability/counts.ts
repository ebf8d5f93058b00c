/**
 * The counts every readability formula is built from. They add up, so a post's counts are the
 * sum of its paragraphs' and a cached paragraph's counts can be reused as they are.
 */

/** Sentence, word and letter counts of a stretch of prose. */
export interface ReadabilityCounts {
  readonly sentences: number;
  readonly words: number;
  readonly syllables: number;
  /** Letters only (Coleman–Liau). */
  readonly letters: number;
  /** Letters and digits (Automated Readability Index). */
  readonly characters: number;
  /** Words of three or more syllables (SMOG). */
  readonly polysyllabicWords: number;
  /** Gunning's complex words: three or more syllables, not names, compounds or -es/-ed/-ing forms. */
  readonly complexWords: number;
  /** Words not on the Dale–Chall familiar list (names and numbers count as familiar). */
  readonly unfamiliarWords: number;
}

/** The counts of no text at all. */
export const NO_COUNTS: ReadabilityCounts = {
  sentences: 0, words: 0, syllables: 0, letters: 0, characters: 0, polysyllabicWords: 0, complexWords: 0, unfamiliarWords: 0,
};

/** `a + sign * b`, count by count (spelled out: this runs for every word and finding). */
function combine(a: ReadabilityCounts, b: ReadabilityCounts, sign: 1 | -1): ReadabilityCounts {
  return {
    sentences: a.sentences + sign * b.sentences,
    words: a.words + sign * b.words,
    syllables: a.syllables + sign * b.syllables,
    letters: a.letters + sign * b.letters,
    characters: a.characters + sign * b.characters,
    polysyllabicWords: a.polysyllabicWords + sign * b.polysyllabicWords,
    complexWords: a.complexWords + sign * b.complexWords,
    unfamiliarWords: a.unfamiliarWords + sign * b.unfamiliarWords,
  };
}

/** The counts of two stretches of prose together. */
export function addCounts(a: ReadabilityCounts, b: ReadabilityCounts): ReadabilityCounts {
  return combine(a, b, 1);
}

/** The counts of `a` without the part `b` (for "what if this were fixed"). */
export function subtractCounts(a: ReadabilityCounts, b: ReadabilityCounts): ReadabilityCounts {
  return combine(a, b, -1);
}

/** The counts of many stretches together. */
export function sumCounts(parts: Iterable<ReadabilityCounts>): ReadabilityCounts {
  let total = NO_COUNTS;
  for (const part of parts) total = addCounts(total, part);
  return total;
}
