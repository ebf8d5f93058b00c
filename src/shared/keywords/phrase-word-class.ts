/**
 * Whether a word can end, or sit inside, a noun phrase: keyword suggestions are noun phrases
 * ("sign problem", not "provides an approach"). Read from lists generated from wink-lexicon's
 * likeliest part of speech and WordNet's word classes (scripts/keyword-word-lists.ts), not from
 * a tagger at run time: the tagger packages bring megabytes and half a second of loading, and a
 * prototype with one scored no better on SemEval-2017 than these lists.
 */
import { NEVER_END_PHRASES, NEVER_IN_PHRASES } from "./generated/phrase-word-classes";
import { frequencyRank } from "../readability/word-lists/word-frequency";

let classes: { readonly neverEnd: ReadonlySet<string>; readonly neverIn: ReadonlySet<string> } | null = null;

// Built on first use: splitting the lists costs a few milliseconds, once per worker.
function wordClasses(): { readonly neverEnd: ReadonlySet<string>; readonly neverIn: ReadonlySet<string> } {
  classes ??= { neverEnd: new Set(NEVER_END_PHRASES.split(" ")), neverIn: new Set(NEVER_IN_PHRASES.split(" ")) };
  return classes;
}

/** A rare -ly word (not among the 50,000 most frequent, so not listed) is an adverb: "stochastically". */
function isRareAdverb(lower: string): boolean {
  return lower.length > 4 && lower.endsWith("ly") && frequencyRank(lower) === undefined;
}

/** Whether a lower-case word may be the last word of a noun phrase (unknown words may: they are mostly names and terms). */
export function mayEndPhrase(lower: string): boolean {
  return !wordClasses().neverEnd.has(lower) && !isRareAdverb(lower);
}

/** Whether a lower-case word may stand before the last word of a noun phrase. */
export function mayBeInPhrase(lower: string): boolean {
  return !wordClasses().neverIn.has(lower) && !isRareAdverb(lower);
}
