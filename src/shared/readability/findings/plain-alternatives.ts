/** Words and phrases with a plainer alternative ("utilize" -> "use"), from retext-simplify's list. */
import { NO_COUNTS, sumCounts } from "../counts";
import type { AnalyzedSentence } from "../analyzed-sentence";
import type { UnitFinding } from "../finding";
import { plainPhrasesStartingWith } from "../word-lists/plain-alternatives";
import { countWord } from "../word-features";
import { findWords } from "../words";

/** The counts of a replacement phrase, to weigh the fix. */
function phraseCounts(phrase: string): ReturnType<typeof sumCounts> {
  return sumCounts(findWords(phrase, 0, phrase.length).map((word) => countWord(word.text, false)));
}

/** Marks each listed phrase, with its alternatives as the suggestion. */
export function findPlainAlternatives(sentence: AnalyzedSentence): UnitFinding[] {
  const findings: UnitFinding[] = [];
  const { words, lowerWords } = sentence;
  for (let i = 0; i < words.length; i++) {
    const match = plainPhrasesStartingWith(lowerWords[i] ?? "").find((entry) => entry.words.every((word, k) => lowerWords[i + k] === word));
    const first = words[i];
    const last = match && words[i + match.words.length - 1];
    if (!match || !first || !last) continue;
    const options = match.replace.map((option) => `“${option}”`).join(" or ");
    const suggestion = match.replace[0];
    const phrase = `“${words.slice(i, i + match.words.length).map((word) => word.text).join(" ")}”`;
    findings.push({
      kind: "plain-alternative",
      from: first.from,
      to: last.to,
      message: options === "" ? `Wordy: cut ${phrase} if the sentence works without it.` : `Plainer: ${options} instead of ${phrase}${match.omit ? ", or cut it" : ""}.`,
      ...(suggestion === undefined ? {} : { suggestion }),
      fix: { remove: sumCounts(sentence.wordCounts.slice(i, i + match.words.length)), add: suggestion === undefined ? NO_COUNTS : phraseCounts(suggestion) },
    });
    i += match.words.length - 1;
  }
  return findings;
}
