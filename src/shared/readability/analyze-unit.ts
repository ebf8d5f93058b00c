/**
 * Analyses one prose unit on its own: sentences with counts and grades, the unit's findings and
 * acronym mentions, all relative to the unit's start. Depends only on the unit's kind and text,
 * so a post's analysis can reuse it for every paragraph a keystroke did not touch.
 */
import type { AnalyzedSentence } from "./analyzed-sentence";
import { NO_COUNTS, sumCounts, type ReadabilityCounts } from "./counts";
import type { UnitFinding } from "./finding";
import { findAcronymMentions, type AcronymMention } from "./findings/acronyms";
import { findAdverbs } from "./findings/adverbs";
import { findJargon } from "./findings/jargon";
import { findPassiveVoice } from "./findings/passive-voice";
import { findPlainAlternatives } from "./findings/plain-alternatives";
import { findSentenceDifficulty } from "./findings/sentence-difficulty";
import { headlineGrade } from "./headline-grade";
import type { ProseBlock, ProseUnitKind } from "./prose";
import { tokenizeBlock } from "./tokenize";
import { countWord } from "./word-features";
import { containsTransition } from "./word-lists/transition-words";

/** What one sentence contributes to the structure checks. */
export interface SentenceSummary {
  readonly from: number;
  readonly to: number;
  readonly words: number;
  /** Its first word, lower-case ("" when it has none). */
  readonly firstWord: string;
  readonly hasTransition: boolean;
  readonly hasPassive: boolean;
}

/** The analysis of one unit, offsets relative to its start. */
export interface UnitAnalysis {
  readonly kind: ProseUnitKind;
  readonly sentences: readonly SentenceSummary[];
  readonly counts: ReadabilityCounts;
  readonly findings: readonly UnitFinding[];
  readonly acronyms: readonly AcronymMention[];
}

const SENTENCE_RULES = [findSentenceDifficulty, findAdverbs, findPassiveVoice, findPlainAlternatives, findJargon] as const;

/** The rules' view of a tokenized sentence. */
function analyzeSentence(sentence: ReturnType<typeof tokenizeBlock>[number]): AnalyzedSentence {
  const wordCounts = sentence.words.map((word, index) => countWord(word.text, index === 0));
  const counts = { ...sumCounts(wordCounts), sentences: 1 };
  const lowerWords = sentence.words.map((word) => word.text.toLowerCase().replace(/’/g, "'"));
  return { ...sentence, wordCounts, counts, grade: headlineGrade(counts), lowerWords };
}

/**
 * Analyses a unit. Headings get no marks and mention no acronyms: they are labels, and the
 * paragraph under a heading is where an acronym gets spelled out.
 */
export function analyzeUnit(block: Pick<ProseBlock, "kind" | "text">): UnitAnalysis {
  const sentences = tokenizeBlock(block).map(analyzeSentence);
  const findings: UnitFinding[] = [];
  const summaries: SentenceSummary[] = [];
  const acronyms: AcronymMention[] = [];
  for (const sentence of sentences) {
    const isProse = block.kind !== "heading";
    const own = isProse ? SENTENCE_RULES.flatMap((rule) => rule(sentence)) : [];
    findings.push(...own);
    if (isProse) acronyms.push(...findAcronymMentions(sentence, block.text));
    summaries.push({
      from: sentence.from,
      to: sentence.to,
      words: sentence.words.length,
      firstWord: sentence.lowerWords[0] ?? "",
      hasTransition: containsTransition(sentence.lowerWords),
      hasPassive: own.some((finding) => finding.kind === "passive-voice"),
    });
  }
  return { kind: block.kind, sentences: summaries, counts: sentences.length === 0 ? NO_COUNTS : sumCounts(sentences.map((s) => s.counts)), findings, acronyms };
}
