/**
 * Passive voice: a form of "to be" followed by a past participle ("was written", "is being
 * built", "has been quietly dropped"), allowing adverbs and "not" in between.
 */
import { NO_COUNTS } from "../counts";
import type { AnalyzedSentence } from "../analyzed-sentence";
import type { UnitFinding } from "../finding";
import { isLyAdverb } from "../word-lists/ly-adverbs";
import { isPastParticiple } from "../word-lists/past-participles";

const BE = new Set(["am", "is", "are", "was", "were", "be", "been", "being", "isn't", "aren't", "wasn't", "weren't"]);
const IN_BETWEEN = new Set(["not", "never", "also", "often", "always", "already", "still", "just", "being", "been", "all", "usually"]);

/** Marks each passive construction, from the form of "to be" to the participle. */
export function findPassiveVoice(sentence: AnalyzedSentence): UnitFinding[] {
  const findings: UnitFinding[] = [];
  const { words, lowerWords } = sentence;
  for (let i = 0; i < words.length; i++) {
    if (!BE.has(lowerWords[i] ?? "")) continue;
    let j = i + 1;
    while (j < words.length && (IN_BETWEEN.has(lowerWords[j] ?? "") || isLyAdverb(lowerWords[j] ?? ""))) j++;
    const be = words[i];
    const participle = words[j];
    if (!be || !participle || !isPastParticiple(lowerWords[j] ?? "")) continue;
    findings.push({
      kind: "passive-voice",
      from: be.from,
      to: participle.to,
      message: "Passive voice: say who does it (“the team built it”, not “it was built”).",
      // An active sentence drops the form of "to be".
      fix: { remove: sentence.wordCounts[i] ?? NO_COUNTS, add: NO_COUNTS },
    });
    i = j;
  }
  return findings;
}
