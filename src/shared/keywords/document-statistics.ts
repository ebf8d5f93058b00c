/**
 * Walks a post's units once and gathers what scoring needs: per term (stem) its counts, casing,
 * sentences and neighbours, as YAKE defines them; per phrase (stem sequence) its occurrences,
 * surface forms and where it stands. Cheap next to reading the units, so it runs on every call.
 */
import type { SourceRange } from "../readability";
import type { KeywordWord } from "./keyword-word";
import type { UnitWords } from "./unit-words";

/** A unit's words and where the unit now starts in the post. */
export interface PlacedUnitWords {
  readonly words: UnitWords;
  readonly from: number;
}

/** YAKE's raw statistics of one term. */
export interface TermStatistics {
  count: number;
  acronyms: number;
  capitals: number;
  readonly stopword: boolean;
  /** Index of the sentence of each occurrence (ascending). */
  readonly sentences: number[];
  /** How often each term stands just before / after this one in a run. */
  readonly left: Map<string, number>;
  readonly right: Map<string, number>;
}

/** One phrase (all word forms of a stem sequence) and its occurrences. */
export interface PhraseStatistics {
  readonly stems: readonly string[];
  readonly stopwords: readonly boolean[];
  count: number;
  /** Whether some occurrence is a whole noun phrase. */
  maximal: boolean;
  /** The whole noun phrases it occurs inside (keys), when it is a part of them. */
  readonly containers: Set<string>;
  /** Surface form -> occurrences. */
  readonly forms: Map<string, number>;
  readonly ranges: SourceRange[];
  /** Its content words' informativeness, geometric mean (see word-informativeness.ts, phrase-spans.ts). */
  readonly informativeness: number;
  inHeading: boolean;
  inIntro: boolean;
  emphasized: boolean;
  /** An acronym the post introduces in parentheses somewhere (see keyword-word.ts). */
  introducedAcronym: boolean;
}

/** A post's statistics. */
export interface DocumentStatistics {
  readonly terms: ReadonlyMap<string, TermStatistics>;
  readonly phrases: ReadonlyMap<string, PhraseStatistics>;
  readonly sentenceCount: number;
  /** Prose paragraphs (not headings or list items): the intro counts only when there is more than one. */
  readonly paragraphCount: number;
}

function addNeighbour(map: Map<string, number>, stem: string): void {
  map.set(stem, (map.get(stem) ?? 0) + 1);
}

function countTerms(terms: Map<string, TermStatistics>, run: readonly KeywordWord[], sentence: number): void {
  let previous: { readonly stem: string; readonly term: TermStatistics } | undefined;
  for (const word of run) {
    // Numbers are not terms (YAKE's "digit" tag): they neither score nor link their neighbours.
    if (word.number) {
      previous = undefined;
      continue;
    }
    let term = terms.get(word.stem);
    if (!term) {
      term = { count: 0, acronyms: 0, capitals: 0, stopword: word.stopword, sentences: [], left: new Map(), right: new Map() };
      terms.set(word.stem, term);
    }
    term.count++;
    if (word.acronym) term.acronyms++;
    else if (word.capitalized) term.capitals++;
    term.sentences.push(sentence);
    if (previous) {
      addNeighbour(term.left, previous.stem);
      addNeighbour(previous.term.right, word.stem);
    }
    previous = { stem: word.stem, term };
  }
}

/** Gathers the statistics of a post's units, in order. */
export function gatherStatistics(units: readonly PlacedUnitWords[]): DocumentStatistics {
  const terms = new Map<string, TermStatistics>();
  const phrases = new Map<string, PhraseStatistics>();
  let sentenceIndex = 0;
  let paragraphCount = 0;
  let seenIntro = false;
  for (const { words, from } of units) {
    const isIntro = words.kind === "paragraph" && !seenIntro;
    if (words.kind === "paragraph") {
      seenIntro = true;
      paragraphCount++;
    }
    for (const sentence of words.sentences) {
      sentence.runs.forEach((run) => countTerms(terms, run, sentenceIndex));
      for (const span of sentence.phrases) {
        let phrase = phrases.get(span.key);
        if (!phrase) {
          const stems = span.words.map((word) => word.stem);
          const stopwords = span.words.map((word) => word.stopword);
          phrase = { stems, stopwords, count: 0, maximal: false, containers: new Set(), forms: new Map(), ranges: [], informativeness: span.informativeness, inHeading: false, inIntro: false, emphasized: false, introducedAcronym: false };
          phrases.set(span.key, phrase);
        }
        phrase.count++;
        phrase.maximal ||= span.maximal;
        if (span.container !== null) phrase.containers.add(span.container);
        phrase.forms.set(span.form, (phrase.forms.get(span.form) ?? 0) + 1);
        phrase.ranges.push({ from: from + span.from, to: from + span.to });
        phrase.inHeading ||= words.kind === "heading";
        phrase.inIntro ||= isIntro;
        phrase.emphasized ||= span.emphasized;
        phrase.introducedAcronym ||= span.words.length === 1 && span.words[0]?.introducedAcronym === true;
      }
      sentenceIndex++;
    }
  }
  return { terms, phrases, sentenceCount: sentenceIndex, paragraphCount };
}
