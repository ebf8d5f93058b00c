/**
 * Jargon: words a general reader may not know. A word is rare when it is neither among the
 * 20,000 most frequent words of everyday English (SUBTLEXus) nor on the Dale–Chall list of
 * familiar words; names (capitalised inside a sentence), acronyms and numbers are left out.
 */
import type { AnalyzedSentence } from "../analyzed-sentence";
import type { UnitFinding } from "../finding";
import { countWord } from "../word-features";
import { isFamiliarWord } from "../word-lists/familiar-words";
import { isAmongMostFrequent } from "../word-lists/word-frequency";

/** How many of the most frequent words count as everyday vocabulary. */
export const EVERYDAY_VOCABULARY_SIZE = 20_000;

const CAPITAL = /^\p{Lu}/u;
const LETTERS_ONLY = /^\p{L}+$/u;

/** Whether one part of a word (between hyphens or apostrophes) is everyday vocabulary. */
function isEveryday(part: string): boolean {
  return part.length < 3 || isAmongMostFrequent(part, EVERYDAY_VOCABULARY_SIZE) || isFamiliarWord(part);
}

/** Marks each rare word of the sentence. */
export function findJargon(sentence: AnalyzedSentence): UnitFinding[] {
  const findings: UnitFinding[] = [];
  sentence.words.forEach((word, index) => {
    if ((index > 0 && CAPITAL.test(word.text)) || word.text === word.text.toUpperCase()) return;
    const parts = (sentence.lowerWords[index] ?? "").replace(/'s$/, "").split(/['-]/);
    if (!parts.every((part) => LETTERS_ONLY.test(part)) || parts.every(isEveryday)) return;
    findings.push({
      kind: "jargon",
      from: word.from,
      to: word.to,
      message: `“${word.text}” is rare in everyday English: explain it or swap it for a common word.`,
      // A swap puts in one short everyday word.
      fix: { remove: sentence.wordCounts[index] ?? countWord(word.text, false), add: countWord("word", false) },
    });
  });
  return findings;
}
