/** The readability checker's public surface: tokenizing, formulas, the report and its cache. */
export { tokenize, tokenizeBlock } from "./tokenize";
export { findBodyProseBlocks, findProseBlocks } from "./prose-blocks";
export type { ProseBlock, ProseSentence, ProseUnit, ProseUnitKind, ProseWord, SourceRange } from "./prose";
export { countSyllables } from "./syllables";
export type { ReadabilityCounts } from "./counts";
export { fleschReadingEase, readingEaseBand, READING_EASE_BANDS, type ReadingEaseBand } from "./formulas/flesch-reading-ease";
export { fleschKincaidGrade } from "./formulas/flesch-kincaid-grade";
export { gunningFog } from "./formulas/gunning-fog";
export { smog } from "./formulas/smog";
export { colemanLiau } from "./formulas/coleman-liau";
export { automatedReadabilityIndex } from "./formulas/automated-readability-index";
export { daleChallGrade, daleChallScore } from "./formulas/dale-chall";
export { describeGrade, headlineGrade } from "./headline-grade";
export type { Finding, FindingKind } from "./finding";
export { HARD_SENTENCE_GRADE, MIN_WORDS_FOR_HARD_SENTENCE, VERY_HARD_SENTENCE_GRADE } from "./findings/sentence-difficulty";
export type { CheckStatus, StructureCheck, StructureCheckId } from "./structure/structure-check";
export { createReadabilityAnalyzer, readabilityReport, type ReadabilityAnalyzer } from "./readability-analyzer";
export {
  DEFAULT_READABILITY_TARGET,
  type ReadabilityReport,
  type ReadabilityScores,
  type ReadabilityStats,
  type ReportOptions,
} from "./readability-report";
