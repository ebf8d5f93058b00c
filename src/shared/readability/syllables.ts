/**
 * Counts a word's syllables with `syllable`, corrected by a few spelling rules and an override
 * list that tests measure against the CMU Pronouncing Dictionary (see syllables.test.ts).
 */
import { syllable } from "syllable";
import { SYLLABLE_OVERRIDES } from "./syllable-overrides";
import { FAMILIAR_WORDS } from "./word-lists/familiar-words";

/** A correction: the count for a word it recognises, else null. `count` counts the parts it splits off. */
type SyllableRule = (word: string, count: (part: string) => number) => number | null;

const RULES: readonly SyllableRule[] = [
  // "ashes", "boxes", "peaches": the -es after a hissing sound is a syllable of its own.
  (word, count) => {
    const stem = /^(.+?(?:ch|sh|ss|x|z))es$/.exec(word)?.[1];
    return stem && !/[^aeiou]aches$/.test(word) ? count(stem) + 1 : null;
  },
  // "rubbed", "attacked": -ed after a consonant other than t or d adds no syllable.
  (word, count) => {
    const stem = /^(.{2,}[^aeiouytdr])ed$/.exec(word)?.[1];
    return stem && !/[^aeiou][lr]$/.test(stem) && !/(?<![bf])[bf]ed$/.test(word) ? count(stem) : null;
  },
  // "basically": -ically is said "-ic-ly".
  (word, count) => {
    const stem = /^(.{3,}ic)ally$/.exec(word)?.[1];
    return stem ? count(stem) + 1 : null;
  },
  // "queen", "square": the u of qu is a consonant (but not in "-que" endings or "quiet").
  (word, count) => (/qu(?=[aiy]|e(?!s?$))/.test(word) && !/quies/.test(word) ? count(word.replace(/qu(?=[aiy]|e(?!s?$))/g, "kw")) : null),
  // "career", "pioneering": eer is one syllable.
  (word, count) => (/eer./.test(word) && !/eers$/.test(word) ? count(word.replace(/eer/g, "ir")) : null),
  // "baseball", "everything": a compound of two familiar words has the syllables of both.
  (word, count) => {
    for (let split = 3; split <= word.length - 3; split++) {
      const head = word.slice(0, split);
      const tail = word.slice(split);
      if (FAMILIAR_WORDS.has(head) && FAMILIAR_WORDS.has(tail)) return count(head) + count(tail);
    }
    return null;
  },
];

const known = new Map<string, number>();

/** Syllables of one run of lower-case letters. */
function countLetters(letters: string): number {
  const cached = known.get(letters);
  if (cached !== undefined) return cached;
  let result: number | null = SYLLABLE_OVERRIDES[letters] ?? null;
  for (const rule of RULES) {
    if (result !== null) break;
    result = rule(letters, countLetters);
  }
  const count = result ?? syllable(letters);
  known.set(letters, count);
  return count;
}

/**
 * Syllables in a word as written ("Don't", "well-known", "e.g"). Parts joined by hyphens or
 * periods are counted apart; a word with no letters (a number) counts as one.
 */
export function countSyllables(word: string): number {
  const parts = word.toLowerCase().replace(/['’]/g, "").normalize("NFKD").replace(/\p{M}/gu, "").match(/[a-z]+/g);
  if (!parts) return 1;
  return Math.max(1, parts.reduce((sum, part) => sum + countLetters(part), 0));
}
