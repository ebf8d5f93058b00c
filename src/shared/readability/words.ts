/**
 * Finds the words of a sentence: letters and digits, joined inside a word by apostrophes,
 * hyphens or periods ("don't", "well-known", "e.g", "3.5"), by thousands separators ("1,000")
 * and by an en dash between letters, as in names of two people ("Klein–Gordon",
 * "Michaelis–Menten"). Other dashes, slashes and blanked markup separate words.
 */
import type { ProseWord } from "./prose";

const WORD = /[\p{L}\p{M}\p{N}]+(?:['’.\-‐][\p{L}\p{M}\p{N}]+|(?<=\p{L})–\p{L}[\p{L}\p{M}\p{N}]*|,\p{N}{3}(?!\p{N}))*/gu;

/** The words of `text` between `from` and `to`, with offsets relative to `text`. */
export function findWords(text: string, from: number, to: number): ProseWord[] {
  const words: ProseWord[] = [];
  const slice = text.slice(from, to);
  for (const match of slice.matchAll(WORD)) {
    words.push({ text: match[0], from: from + match.index, to: from + match.index + match[0].length });
  }
  return words;
}
