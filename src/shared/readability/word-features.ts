/** What the formulas need to know about one word: its syllables, letters and whether it is hard. */
import type { ReadabilityCounts } from "./counts";
import { countSyllables } from "./syllables";
import { isFamiliarWord } from "./word-lists/familiar-words";

const CAPITALISED = /^\p{Lu}/u;
const HAS_LETTER = /\p{L}/u;
// Gunning does not count these endings as syllables that make a word complex.
const GUNNING_SUFFIX = /(?:es|ed|ing)$/;

// Words repeat: the same spelling in the same position always counts the same.
const known = new Map<string, ReadabilityCounts>();

/**
 * The counts one word adds. `sentenceStart` says whether it opens its sentence: a capital
 * there is not a sign of a name.
 */
export function countWord(text: string, sentenceStart: boolean): ReadabilityCounts {
  const key = sentenceStart ? `^${text}` : text;
  const cached = known.get(key);
  if (cached) return cached;
  const counts = measureWord(text, sentenceStart);
  known.set(key, counts);
  return counts;
}

function measureWord(text: string, sentenceStart: boolean): ReadabilityCounts {
  const syllables = countSyllables(text);
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const characters = text.match(/[\p{L}\p{N}]/gu)?.length ?? 0;
  const lower = text.toLowerCase().replace(/’/g, "'");
  const isName = !sentenceStart && CAPITALISED.test(text);
  const isNumber = !HAS_LETTER.test(text);
  const complex =
    syllables >= 3 && !isName && !text.includes("-") && !(GUNNING_SUFFIX.test(lower) && countSyllables(lower.replace(GUNNING_SUFFIX, "")) < 3);
  const familiar = isName || isNumber || isFamiliarWord(lower.replace(/'s$/, ""));
  return {
    sentences: 0,
    words: 1,
    syllables,
    letters,
    characters,
    polysyllabicWords: syllables >= 3 ? 1 : 0,
    complexWords: complex ? 1 : 0,
    unfamiliarWords: familiar ? 0 : 1,
  };
}
