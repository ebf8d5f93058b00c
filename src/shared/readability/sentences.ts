/**
 * Splits a unit's text into sentences. A sentence ends at `.`, `!`, `?` or an ellipsis (with any
 * closing quotes or brackets) when the next sentence visibly starts: a capital, a digit, an
 * opening quote, or markup. Abbreviations, decimals, initials and lower-case continuations
 * ("“Really?” she asked") do not end one; dashes, colons and semicolons never do.
 */
import { BEFORE_NUMBER, MAY_END_SENTENCE, NEVER_ENDS_SENTENCE, SENTENCE_OPENERS } from "./abbreviations";
import { MASK } from "./mask-inline-markup";
import type { SourceRange } from "./prose";

const TERMINAL = /[.!?…‽]/;
// Closing quotes and brackets, and emphasis markers, that belong to the sentence they follow.
const CLOSER = /["'”’»)\]*_~]/;
const SPACE = /\s/;
// What may open a sentence: a capital or digit, an opening quote or bracket, or emphasis.
const OPENER = /[\p{Lu}\p{Lt}\p{N}"'“‘«([¿¡*_]/u;
const WORD_BEFORE = /([\p{L}\p{N}][\p{L}\p{N}.]*)\.$/u;
const WORD_AFTER = /^[\p{L}\p{N}]+/u;
const DOTTED_INITIALISM = /^(?:\p{L}\.)+\p{L}$/u;
const SINGLE_CAPITAL = /^\p{Lu}$/u;
// How far around a period to look for the abbreviation and the next word (keeps long units linear).
const LOOK_AROUND = 24;

/** Whether a single `.` that ends `before` is an abbreviation's, given the text after it. */
function isAbbreviationPeriod(before: string, after: string): boolean {
  const word = WORD_BEFORE.exec(before)?.[1];
  if (!word) return false;
  const lower = word.toLowerCase();
  if (NEVER_ENDS_SENTENCE.has(lower)) return true;
  if (BEFORE_NUMBER.has(lower) && /^\d/.test(after)) return true;
  const mayEnd = MAY_END_SENTENCE.has(lower) || DOTTED_INITIALISM.test(word) || SINGLE_CAPITAL.test(word);
  if (!mayEnd) return false;
  const next = WORD_AFTER.exec(after)?.[0];
  return next === undefined || !SENTENCE_OPENERS.has(next.toLowerCase());
}

/** Whether the character is the writer's whitespace (blanked markup is not: a sentence keeps its code spans). */
function isBlank(ch: string | undefined): boolean {
  return ch !== undefined && ch !== MASK && SPACE.test(ch);
}

/** Trims the writer's whitespace off both ends of `[from, to)`. */
function trimRange(text: string, from: number, to: number): SourceRange {
  while (from < to && isBlank(text[from])) from++;
  while (to > from && isBlank(text[to - 1])) to--;
  return { from, to };
}

/**
 * Sentence ranges in `text`, relative to it, in order; empty stretches are left out. `text` is a
 * unit's masked text, so blanked markup counts as space yet may open a sentence.
 */
export function splitSentences(text: string): SourceRange[] {
  const sentences: SourceRange[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (!TERMINAL.test(text[i] ?? "")) continue;
    let end = i + 1;
    while (end < text.length && TERMINAL.test(text[end] ?? "")) end++;
    const singlePeriod = end === i + 1 && text[i] === ".";
    // Closing quotes, and blanked markup such as a footnote reference, stay with the sentence.
    while (end < text.length && (CLOSER.test(text[end] ?? "") || text[end] === MASK)) end++;
    let next = end;
    while (next < text.length && isBlank(text[next])) next++;
    const nextChar = text[next] ?? "";
    const opens = next > end && (nextChar === MASK || OPENER.test(nextChar));
    const abbreviation = singlePeriod && isAbbreviationPeriod(text.slice(Math.max(start, i - LOOK_AROUND), i + 1), text.slice(next, next + LOOK_AROUND));
    i = end - 1;
    if (next < text.length && (!opens || abbreviation)) continue;
    const sentence = trimRange(text, start, end);
    if (sentence.to > sentence.from) sentences.push(sentence);
    start = end;
  }
  const last = trimRange(text, start, text.length);
  if (last.to > last.from) sentences.push(last);
  return sentences;
}
