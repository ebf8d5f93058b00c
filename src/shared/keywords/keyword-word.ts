/**
 * A word as the keyword engine sees it: lower-cased, stemmed, and classed (stopword, number,
 * acronym, capitalised name, what place in a noun phrase it may take, emphasis, informativeness).
 */
import { mayBeInPhrase, mayEndPhrase } from "./phrase-word-class";
import { normalizeWord, stemWord } from "./stem";
import { isStopword } from "./stopwords";
import { informativeness } from "./word-informativeness";
import type { ProseUnitKind, SourceRange } from "../readability";

/** A word with what scoring and matching need; offsets relative to its unit. */
export interface KeywordWord extends SourceRange {
  readonly text: string;
  readonly lower: string;
  /** The Porter stem; numbers share the stem "#". */
  readonly stem: string;
  readonly stopword: boolean;
  readonly number: boolean;
  /** Written in capitals ("CL", "UDDI"). */
  readonly acronym: boolean;
  /** Starts with a capital though it does not start the sentence (not counted in headings, which are often Title Case). */
  readonly capitalized: boolean;
  /** May end a noun phrase (see phrase-word-class.ts). */
  readonly mayEnd: boolean;
  /** May stand inside a noun phrase, before its last word. */
  readonly mayBeIn: boolean;
  /** Looks like a plural ("beans", not "glass", "status", "analysis" or "physics"). */
  readonly plural: boolean;
  readonly emphasized: boolean;
  /** An acronym standing alone in parentheses, as writers introduce one: "X-ray absorption spectroscopy (XAS)". */
  readonly introducedAcronym: boolean;
  /** How much the word says about a topic (see word-informativeness.ts). */
  readonly informativeness: number;
}

const NUMBER = /^[\p{N}.,'’-]+$/u;
const HAS_LOWER = /\p{Ll}/u;
const STARTS_UPPER = /^\p{Lu}/u;
const PLURAL = /[^su]s$/;
const NOT_PLURAL = /(?:ss|us|is|ics|'s)$/;

/** The stem of a content word as written, or null for a stopword or a number: what term vectors count. */
export function contentStem(text: string): string | null {
  const lower = normalizeWord(text);
  return NUMBER.test(text) || isStopword(text, lower) ? null : stemWord(lower);
}

function isInside(word: SourceRange, ranges: readonly SourceRange[]): boolean {
  return ranges.some((range) => word.from >= range.from && word.to <= range.to);
}

/** Reads a word of `unitText`; `first` when it opens its sentence, `emphasis` the unit's emphasised stretches. */
export function readWord(word: { text: string } & SourceRange, unitText: string, first: boolean, kind: ProseUnitKind, emphasis: readonly SourceRange[]): KeywordWord {
  const lower = normalizeWord(word.text);
  const number = NUMBER.test(word.text);
  const acronym = !number && word.text.length > 1 && !HAS_LOWER.test(word.text);
  return {
    from: word.from,
    to: word.to,
    text: word.text,
    lower,
    stem: number ? "#" : stemWord(lower),
    stopword: isStopword(word.text, lower),
    number,
    acronym,
    capitalized: !first && !acronym && kind !== "heading" && STARTS_UPPER.test(word.text),
    mayEnd: mayEndPhrase(lower),
    mayBeIn: mayBeInPhrase(lower),
    plural: !acronym && lower.length > 3 && PLURAL.test(lower) && !NOT_PLURAL.test(lower),
    emphasized: emphasis.length > 0 && isInside(word, emphasis),
    introducedAcronym: acronym && unitText[word.from - 1] === "(" && unitText[word.to] === ")",
    informativeness: informativeness(lower),
  };
}

