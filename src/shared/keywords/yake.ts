/**
 * YAKE (Campos et al., "YAKE! Keyword extraction from single documents using multiple local
 * features", Information Sciences 509, 2020): each term gets a score from its casing, position,
 * frequency, relatedness to its context and spread over sentences; a phrase's score combines its
 * terms' as product / (sum + 1) / count. Lower is better, as in the paper.
 */
import type { DocumentStatistics, PhraseStatistics, TermStatistics } from "./document-statistics";

function sum(values: Iterable<number>): number {
  let total = 0;
  for (const value of values) total += value;
  return total;
}

function median(sorted: readonly number[]): number {
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** Distinct neighbours per occurrence with a neighbour: near 1 for a term seen in many contexts (a function-like word). */
function neighbourDiversity(neighbours: ReadonlyMap<string, number>): number {
  const total = sum(neighbours.values());
  return total === 0 ? 0 : neighbours.size / total;
}

/** The score of every term (its stem), by the paper's five features. */
export function scoreTerms(statistics: DocumentStatistics): Map<string, number> {
  const counts = [...statistics.terms.values()].filter((term) => !term.stopword).map((term) => term.count);
  const mean = counts.length === 0 ? 0 : sum(counts) / counts.length;
  const deviation = counts.length === 0 ? 0 : Math.sqrt(sum(counts.map((count) => (count - mean) ** 2)) / counts.length);
  let maxCount = 1;
  for (const term of statistics.terms.values()) maxCount = Math.max(maxCount, term.count);
  const scores = new Map<string, number>();
  for (const [stem, term] of statistics.terms) scores.set(stem, scoreTerm(term, { mean, deviation, maxCount, sentences: Math.max(1, statistics.sentenceCount) }));
  return scores;
}

function scoreTerm(term: TermStatistics, document: { mean: number; deviation: number; maxCount: number; sentences: number }): number {
  const casing = Math.max(term.acronyms, term.capitals) / (1 + Math.log(term.count));
  const position = Math.log(Math.log(3 + median(term.sentences)));
  const frequency = term.count / (document.mean + document.deviation || 1);
  const relatedness = 1 + (neighbourDiversity(term.left) + neighbourDiversity(term.right)) * (term.count / document.maxCount);
  const spread = new Set(term.sentences).size / document.sentences;
  return (position * relatedness) / (casing + frequency / relatedness + spread / relatedness);
}

/** How often `to` follows `from`, as a share of the occurrences of `per` (one of the two). */
function transition(statistics: DocumentStatistics, from: string | undefined, to: string | undefined, per: string | undefined): number {
  if (from === undefined || to === undefined || per === undefined) return 0;
  const together = statistics.terms.get(from)?.right.get(to) ?? 0;
  const count = statistics.terms.get(per)?.count ?? 0;
  return count === 0 ? 0 : together / count;
}

/**
 * A phrase's YAKE score from its terms' scores. A stopword inside ("quality of life") weighs by
 * how surely its neighbours go together (the paper's "bi" weighting).
 */
export function scorePhrase(phrase: PhraseStatistics, termScores: ReadonlyMap<string, number>, statistics: DocumentStatistics): number {
  let product = 1;
  let total = 0;
  phrase.stems.forEach((stem, index) => {
    if (!phrase.stopwords[index]) {
      const score = termScores.get(stem) ?? 1;
      product *= score;
      total += score;
      return;
    }
    const before = phrase.stems[index - 1];
    const after = phrase.stems[index + 1];
    const together = transition(statistics, before, stem, before) * transition(statistics, stem, after, after);
    product *= 2 - together;
    total -= 1 - together;
  });
  // A phrase of stopword-heavy terms can drive the sum to zero or below; keep the ratio finite.
  return product / (Math.max(total + 1, Number.EPSILON) * phrase.count);
}
