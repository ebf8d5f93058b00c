/** Helpers the readability tests share: read a post's sentences, words and findings as text. */
import { readFileSync } from "node:fs";
import { readabilityReport, tokenize, type FindingKind } from "../../../src/shared/readability";

/** The text of each sentence of `source`, unit by unit. */
export function sentenceTexts(source: string): string[] {
  return tokenize(source).flatMap((unit) => unit.sentences.map((sentence) => source.slice(sentence.from, sentence.to)));
}

/** The words of `source`, in order. */
export function wordTexts(source: string): string[] {
  return tokenize(source).flatMap((unit) => unit.sentences.flatMap((sentence) => sentence.words.map((word) => word.text)));
}

/** The source text of each finding of one kind. */
export function markedTexts(source: string, kind: FindingKind): string[] {
  return readabilityReport(source).findings.filter((finding) => finding.kind === kind).map((finding) => source.slice(finding.from, finding.to));
}

/** A fixture file of tests/fixtures/readability. */
export function readFixture(name: string): string {
  return readFileSync(new URL(`../../fixtures/readability/${name}`, import.meta.url), "utf8");
}

/** One leveled article of the OneStopEnglish corpus (shared data, read in place). */
export interface LeveledText {
  readonly id: string;
  readonly topic: string;
  readonly level_index: number;
  readonly text: string;
}

/** The OneStopEnglish development set, from the shared data folder beside the project. */
export function readOneStopEnglish(): LeveledText[] {
  return JSON.parse(readFileSync("../shared/data/readability/onestopenglish-dev.json", "utf8")) as LeveledText[];
}
