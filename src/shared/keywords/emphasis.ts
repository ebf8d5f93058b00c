/**
 * Finds emphasised stretches (`*a*`, `_a_`, `**a**`, `__a__`) in a unit's masked text: a writer's
 * emphasis is a hint of what matters. An approximation of CommonMark's delimiter rules that is
 * right for ordinary prose; code and links are already blanked out of the text.
 */
import type { SourceRange } from "../readability";

// A run of one or two `*`, or of `_` not inside a word, around text that neither starts nor ends with a space.
const EMPHASIS = /(\*{1,2})(?=\S)([^*]*?\S)\1|(?<![\p{L}\p{N}])(_{1,2})(?=\S)([^_]*?\S)\3(?![\p{L}\p{N}])/gu;

/** The emphasised stretches of `text`, delimiters excluded, relative to it. */
export function findEmphasis(text: string): SourceRange[] {
  if (!text.includes("*") && !text.includes("_")) return [];
  const ranges: SourceRange[] = [];
  for (const match of text.matchAll(EMPHASIS)) {
    const delimiter = (match[1] ?? match[3] ?? "").length;
    ranges.push({ from: match.index + delimiter, to: match.index + match[0].length - delimiter });
  }
  return ranges;
}
