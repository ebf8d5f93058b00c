/** Adverbs ending in -ly ("really", "quickly"): often a stronger verb says it better. */
import { NO_COUNTS } from "../counts";
import type { AnalyzedSentence } from "../analyzed-sentence";
import type { UnitFinding } from "../finding";
import { isLyAdverb } from "../word-lists/ly-adverbs";

/** Marks each -ly adverb of the sentence. */
export function findAdverbs(sentence: AnalyzedSentence): UnitFinding[] {
  const findings: UnitFinding[] = [];
  sentence.words.forEach((word, index) => {
    const lower = sentence.lowerWords[index] ?? "";
    if (!isLyAdverb(lower)) return;
    findings.push({
      kind: "adverb",
      from: word.from,
      to: word.to,
      message: `Adverb: cut “${word.text}” or use a verb that says it.`,
      fix: { remove: sentence.wordCounts[index] ?? NO_COUNTS, add: NO_COUNTS },
    });
  });
  return findings;
}
