/**
 * Scores keyphrase suggestions against people's gold keyphrases the usual way (as in the YAKE
 * paper and its benchmarks): lower-case, Porter-stem each word, exact match of stemmed phrases
 * as sets; precision over the k predicted, recall over all gold phrases; F1 macro-averaged
 * over documents. Shared by `npm run eval:keywords` and the quality-floor test.
 */
import { readFileSync } from "node:fs";
import { stemmer } from "stemmer";

/** A record of the shared keyphrase data sets. */
export interface KeyphraseRecord {
  readonly id: string;
  readonly text: string;
  readonly keyphrases: readonly string[];
}

/** The data sets in ../shared/data/keyphrases/ (beside the project, read in place). */
export type KeyphraseDataset = "semeval2017" | "semeval2010";

/** Reads a data set from the shared data folder beside the project. */
export function readKeyphraseDataset(name: KeyphraseDataset): KeyphraseRecord[] {
  const url = new URL(`../../shared/data/keyphrases/${name}.json`, import.meta.url);
  return JSON.parse(readFileSync(url, "utf8")) as KeyphraseRecord[];
}

/** A phrase as the protocol compares it: lower-case words, each Porter-stemmed, single spaces. */
export function normalizeKeyphrase(phrase: string): string {
  return phrase
    .toLowerCase()
    .split(/\s+/)
    .filter((word) => word !== "")
    .map((word) => stemmer(word))
    .join(" ");
}

/** F1 of the first `k` predictions against the gold phrases of one document. */
export function f1AtK(predicted: readonly string[], gold: readonly string[], k: number): number {
  const goldSet = new Set(gold.map(normalizeKeyphrase));
  const predictedSet = new Set(predicted.slice(0, k).map(normalizeKeyphrase));
  let hits = 0;
  for (const phrase of predictedSet) if (goldSet.has(phrase)) hits++;
  const precision = hits / k;
  const recall = goldSet.size === 0 ? 0 : hits / goldSet.size;
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

/** Macro-averaged F1@k for each k, and the time the extractor took. */
export interface KeyphraseScores {
  readonly f1: ReadonlyMap<number, number>;
  readonly documents: number;
  readonly milliseconds: number;
}

/** Runs `extract` (top phrases, best first) on every record and scores it at each k. */
export function evaluateKeyphrases(records: readonly KeyphraseRecord[], extract: (text: string) => readonly string[], ks: readonly number[]): KeyphraseScores {
  const totals = new Map(ks.map((k) => [k, 0]));
  let milliseconds = 0;
  for (const record of records) {
    const started = performance.now();
    const predicted = extract(record.text);
    milliseconds += performance.now() - started;
    for (const k of ks) totals.set(k, (totals.get(k) ?? 0) + f1AtK(predicted, record.keyphrases, k));
  }
  const f1 = new Map(ks.map((k) => [k, (totals.get(k) ?? 0) / Math.max(1, records.length)]));
  return { f1, documents: records.length, milliseconds };
}
