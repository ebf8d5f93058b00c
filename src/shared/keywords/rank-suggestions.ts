/**
 * Ranks a post's phrases: YAKE's score, weighted by how informative the words are and by the
 * blog signals, near-duplicates merged, each shown in its most frequent written form.
 */
import type { SourceRange } from "../readability";
import { blogSignalBoost, isInIntro, isInTitle } from "./blog-signals";
import type { DocumentStatistics, PhraseStatistics } from "./document-statistics";
import { mergeNearDuplicates } from "./merge-near-duplicates";
import { scorePhrase, scoreTerms } from "./yake";

/** Where in the post a suggestion stands. */
export interface SuggestionPlaces {
  /** In the front matter title. */
  readonly title: boolean;
  /** In the first paragraph (of a post with more than one). */
  readonly intro: boolean;
  /** In a heading. */
  readonly headings: boolean;
}

/** A phrase the post is about. */
export interface KeywordSuggestion {
  /** As the writer most often wrote it (names and acronyms keep their capitals). */
  readonly phrase: string;
  /** How strongly the post is about it, relative to the first suggestion (1) — for display, not across posts. */
  readonly score: number;
  /** Occurrences, all word forms together. */
  readonly count: number;
  readonly where: SuggestionPlaces;
  /** Every occurrence in the post's text, in order. */
  readonly ranges: readonly SourceRange[];
}

/** How strongly rarer words pull a phrase up: the weight is multiplied by informativeness to this power. */
const INFORMATIVENESS_WEIGHT = 5;

/**
 * How strongly each content word makes a phrase more specific ("laser pulses" says more than
 * "pulses"): the weight is multiplied by the content-word count to this power.
 */
const SPECIFICITY_WEIGHT = 1.5;

/**
 * The power of count ÷ YAKE score the weight takes: a square root, so YAKE's term features
 * (casing, position, context) decide less against the word-level signals. On SemEval-2017,
 * F1@10 29.5 with the plain inverse score, 31.3 with this (before en-dash names were read as one word).
 */
const YAKE_SHARE = 0.5;

/**
 * How much more an acronym the post introduces weighs: writers abbreviate the terms they keep
 * using ("cognitive behavioural therapy (CBT)"). On SemEval-2017, 79 % of the acronyms among our
 * suggestions were people's keyphrases, against 43 % of all suggestions. Every acronym at this
 * weight cost full papers (SemEval-2010, dozens of acronyms each) 2.8 points of F1@10; only the
 * introduced ones, 0.8.
 */
const INTRODUCED_ACRONYM_WEIGHT = 5;

/** A part of noun phrases is suggested on its own when it ties together at least this many (two is often chance). */
const MIN_SHARING_PHRASES = 3;

/** A part that never stands alone weighs this share: the writer named the topic only through longer phrases ("quantum" in "quantum liquids", "quantum effects"). */
const PART_ONLY_SHARE = 0.5;

/**
 * A whole noun phrase, or a part shared by several ("sourdough" in "sourdough bread", "good
 * sourdough starter" and "bake sourdough"); a part of one phrase only ("field" in "lattice field
 * theory") is not.
 */
function isSuggestible(phrase: PhraseStatistics): boolean {
  return phrase.maximal || phrase.containers.size >= MIN_SHARING_PHRASES;
}

/**
 * A phrase never ranks above a part of it that the post also uses on its own and at least this
 * many times as often: a post about compost mentions "compost heaps" once. At 4 rather than 3,
 * SemEval-2017 F1@10 went from 32.8 to 33.1 (each half of the set gained).
 */
const DOMINANT_PART_RATIO = 4;

function mostFrequentForm(forms: ReadonlyMap<string, number>): string {
  let best = "";
  let bestCount = 0;
  for (const [form, count] of forms) {
    if (count > bestCount) {
      best = form;
      bestCount = count;
    }
  }
  return best;
}

/** The keys of a phrase's shorter contiguous parts. */
function partKeys(stems: readonly string[]): string[] {
  const keys: string[] = [];
  for (let from = 0; from < stems.length; from++) {
    for (let to = from + 1; to <= stems.length; to++) if (to - from < stems.length) keys.push(stems.slice(from, to).join(" "));
  }
  return keys;
}

/** Lowers each phrase to just below any part of it that stands alone somewhere and occurs DOMINANT_PART_RATIO times as often. */
function keepBelowDominantParts(ranked: { readonly phrase: PhraseStatistics; weight: number }[]): void {
  const byKey = new Map(ranked.map((entry) => [entry.phrase.stems.join(" "), entry]));
  for (const entry of ranked) {
    for (const key of partKeys(entry.phrase.stems)) {
      const part = byKey.get(key);
      if (part?.phrase.maximal && part.phrase.count >= DOMINANT_PART_RATIO * entry.phrase.count && part.weight < entry.weight) entry.weight = part.weight * 0.999;
    }
  }
}

/** The best `limit` suggestions, best first. */
export function rankSuggestions(statistics: DocumentStatistics, titleStems: ReadonlySet<string>, limit: number): KeywordSuggestion[] {
  const termScores = scoreTerms(statistics);
  const ranked: { phrase: PhraseStatistics; weight: number }[] = [];
  for (const phrase of statistics.phrases.values()) {
    if (!isSuggestible(phrase)) continue;
    // YAKE's score is lower for better phrases (and already divided by the count): the weight grows with the count and falls with the score.
    const contentWords = phrase.stopwords.filter((stopword) => !stopword).length;
    const yake = (phrase.count / scorePhrase(phrase, termScores, statistics)) ** YAKE_SHARE;
    const weight = (phrase.introducedAcronym ? INTRODUCED_ACRONYM_WEIGHT : 1) * (phrase.maximal ? 1 : PART_ONLY_SHARE) * contentWords ** SPECIFICITY_WEIGHT * blogSignalBoost(phrase, statistics, titleStems) * phrase.informativeness ** INFORMATIVENESS_WEIGHT * yake;
    ranked.push({ phrase, weight });
  }
  keepBelowDominantParts(ranked);
  ranked.sort((a, b) => b.weight - a.weight);
  const kept = mergeNearDuplicates(ranked, limit);
  const best = kept[0]?.weight ?? 1;
  return kept.map(({ phrase, weight }) => ({
    phrase: mostFrequentForm(phrase.forms),
    score: weight / best,
    count: phrase.count,
    where: { title: isInTitle(phrase, titleStems), intro: isInIntro(phrase, statistics), headings: phrase.inHeading },
    ranges: phrase.ranges,
  }));
}
