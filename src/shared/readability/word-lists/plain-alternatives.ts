/** Looks up phrases with plainer alternatives (retext-simplify's list), indexed by their first word. */
import { PLAIN_ALTERNATIVES } from "./generated/plain-alternatives";
import type { PlainAlternative } from "./plain-alternative";
import { findWords } from "../words";

/** A listed phrase, split into lower-case words. */
export interface PlainPhrase extends PlainAlternative {
  readonly phrase: string;
  readonly words: readonly string[];
}

const byFirstWord = new Map<string, PlainPhrase[]>();
for (const [phrase, alternative] of Object.entries(PLAIN_ALTERNATIVES)) {
  // Split as the tokenizer splits prose ("e.g." -> "e.g", "and/or" -> "and", "or").
  const words = findWords(phrase, 0, phrase.length).map((word) => word.text);
  const first = words[0] ?? "";
  const entry: PlainPhrase = { ...alternative, phrase, words };
  byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), entry]);
}
// Longest phrase first, so "in order to" wins over "in order".
for (const list of byFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length);

/** Phrases that start with this lower-case word, longest first. */
export function plainPhrasesStartingWith(lower: string): readonly PlainPhrase[] {
  return byFirstWord.get(lower) ?? [];
}
