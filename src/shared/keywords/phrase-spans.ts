/**
 * Finds the phrases a sentence's runs offer: one to three words, no stopword or number at either
 * end, noun phrases by the words' classes, each marked whole (maximal) or a part of a whole one.
 */
import type { KeywordWord } from "./keyword-word";
import type { SourceRange } from "../readability";
import { frequencyRank } from "../readability/word-lists/word-frequency";

/** Longest suggestion, in words. */
export const MAX_PHRASE_WORDS = 3;

/** The one stopword a noun phrase may have inside ("quality of life"); "show that quality" is no phrase. */
const PHRASE_JOINER = "of";

/**
 * A modifier among this many most frequent English words says little about a topic ("important
 * step", "good compost", "severe sign problem"), so a suggestion does not start with one.
 */
export const COMMON_MODIFIER_RANK = 5000;

/** Where a phrase may be: its words, and what the post-wide statistics read of it (kept with the unit). */
export interface PhraseSpan extends SourceRange {
  readonly words: readonly KeywordWord[];
  /** Its stems, space-separated: all word forms of a phrase share it. */
  readonly key: string;
  /** As written, names and acronyms capitalised, other words lower-case. */
  readonly form: string;
  /** The whole noun phrase there (not a part that stops short of it). */
  readonly maximal: boolean;
  /** For a part of a noun phrase, the key of the whole one around it ("sourdough" in "good sourdough starter"). */
  readonly container: string | null;
  /** Every word emphasised. */
  readonly emphasized: boolean;
  /** Its content words' informativeness, geometric mean: one common word ("severe") lowers a phrase less than the minimum would. */
  readonly informativeness: number;
}

/**
 * Whether `length` words from `start` may be a suggestion: no stopword or number at either end,
 * a last word that can end a noun phrase, and inner words that can be inside one ("of" the only
 * stopword among them). A plural ends a noun phrase unless "of" follows ("beans need rain" is
 * no phrase, "members of parliament" is), so a phrase neither holds one inside nor starts
 * right after one.
 */
function isPhrase(run: readonly KeywordWord[], start: number, length: number): boolean {
  const first = run[start];
  const last = run[start + length - 1];
  if (!first || !last || first.stopword || last.stopword || first.number || last.number || !last.mayEnd) return false;
  const before = run[start - 1];
  if (before && before.plural && !before.stopword) return false;
  if (length > 1 && isCommonModifier(first)) return false;
  for (let i = start; i < start + length - 1; i++) {
    if (!mayStandInside(run, i)) return false;
  }
  return true;
}

/** A frequent word that cannot end a noun phrase: an everyday adjective or determiner-like word. */
function isCommonModifier(word: KeywordWord): boolean {
  return !word.mayEnd && (frequencyRank(word.lower) ?? Infinity) < COMMON_MODIFIER_RANK;
}

/** Whether word `i` of a run may stand inside a phrase, before its last word. */
function mayStandInside(run: readonly KeywordWord[], i: number): boolean {
  const word = run[i];
  if (!word) return false;
  if (word.stopword) return word.lower === PHRASE_JOINER;
  if (word.number) return true;
  return word.mayBeIn && (!word.plural || run[i + 1]?.lower === PHRASE_JOINER);
}

/** A word as a suggestion shows it: names and acronyms as written, other words lower-case. */
function displayWord(word: KeywordWord): string {
  return word.acronym || word.capitalized ? word.text : word.lower;
}

/** A phrase's stems, space-separated: the key all its word forms share. */
function stemKey(words: readonly KeywordWord[]): string {
  let key = "";
  for (const word of words) key = key === "" ? word.stem : `${key} ${word.stem}`;
  return key;
}

function phraseSpan(words: readonly KeywordWord[], maximal: boolean, container: string | null): PhraseSpan {
  let logSum = 0;
  let contentWords = 0;
  let form = "";
  for (const word of words) {
    if (!word.stopword) {
      logSum += Math.log(word.informativeness);
      contentWords++;
    }
    form = form === "" ? displayWord(word) : `${form} ${displayWord(word)}`;
  }
  return {
    from: words[0]?.from ?? 0,
    to: words[words.length - 1]?.to ?? 0,
    words,
    key: stemKey(words),
    form,
    maximal,
    container,
    emphasized: words.every((word) => word.emphasized),
    informativeness: contentWords === 0 ? 1 : Math.exp(logSum / contentWords),
  };
}

/** The phrase spans of a sentence, given as its runs (words between punctuation). */
export function findPhrases(runs: readonly (readonly KeywordWord[])[]): PhraseSpan[] {
  const phrases: PhraseSpan[] = [];
  for (const run of runs) {
    const spans: { start: number; length: number; maximal: boolean }[] = [];
    for (let start = 0; start < run.length; start++) {
      for (let length = 1; length <= MAX_PHRASE_WORDS && start + length <= run.length; length++) {
        if (!isPhrase(run, start, length)) continue;
        // The whole noun phrase, or its last three words: one more word on either side makes no phrase.
        const maximal = !isPhrase(run, start, length + 1) && (length === MAX_PHRASE_WORDS || !isPhrase(run, start - 1, length + 1));
        spans.push({ start, length, maximal });
      }
    }
    const wholes = spans.filter((span) => span.maximal).map((span) => ({ ...span, key: stemKey(run.slice(span.start, span.start + span.length)) }));
    for (const { start, length, maximal } of spans) {
      const whole = maximal ? undefined : wholes.find((candidate) => candidate.start <= start && candidate.start + candidate.length >= start + length);
      phrases.push(phraseSpan(run.slice(start, start + length), maximal, whole?.key ?? null));
    }
  }
  return phrases;
}

