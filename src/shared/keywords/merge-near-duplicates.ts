/**
 * Keeps one suggestion per idea: a phrase inside a better one that it seldom appears without
 * ("sign" when "sign problem" ranks higher and "sign" is rarely alone) is left out, and so is a
 * phrase of the same stems in another order. Word forms ("exosome", "exosomes") were grouped
 * already by stem.
 */
import type { PhraseStatistics } from "./document-statistics";

/** A contained phrase is a near-duplicate when it occurs at most this many times as often as the phrase around it. */
export const NEAR_DUPLICATE_COUNT_RATIO = 1.5;

function containsSequence(outer: readonly string[], inner: readonly string[]): boolean {
  for (let start = 0; start + inner.length <= outer.length; start++) {
    if (inner.every((stem, index) => outer[start + index] === stem)) return true;
  }
  return false;
}

function isNearDuplicate(phrase: PhraseStatistics, better: PhraseStatistics): boolean {
  if (phrase.stems.length < better.stems.length) return containsSequence(better.stems, phrase.stems) && phrase.count <= better.count * NEAR_DUPLICATE_COUNT_RATIO;
  return phrase.stems.length === better.stems.length && [...phrase.stems].sort().join(" ") === [...better.stems].sort().join(" ");
}

/** The first `limit` phrases of `ranked` (best first) that are no near-duplicate of a phrase kept before them. */
export function mergeNearDuplicates<T extends { readonly phrase: PhraseStatistics }>(ranked: readonly T[], limit: number): T[] {
  const kept: T[] = [];
  for (const candidate of ranked) {
    if (kept.length >= limit) break;
    if (!kept.some((better) => isNearDuplicate(candidate.phrase, better.phrase))) kept.push(candidate);
  }
  return kept;
}
