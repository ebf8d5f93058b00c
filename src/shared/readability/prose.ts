/** The prose of a post as the readability checker sees it: units, sentences and words with source ranges. */

/** A stretch of the Markdown source: `from` inclusive, `to` exclusive, in UTF-16 code units. */
export interface SourceRange {
  readonly from: number;
  readonly to: number;
}

/** What a prose unit is in the Markdown: units never share a sentence. */
export type ProseUnitKind = "paragraph" | "heading" | "list-item";

/** A word as written (`text === source.slice(from, to)`). */
export interface ProseWord extends SourceRange {
  readonly text: string;
}

/** A sentence and its words. */
export interface ProseSentence extends SourceRange {
  readonly words: readonly ProseWord[];
}

/** A paragraph, heading or list item, split into sentences. */
export interface ProseUnit extends SourceRange {
  readonly kind: ProseUnitKind;
  readonly sentences: readonly ProseSentence[];
}

/**
 * A unit's source before it is split: `text` is the source slice `[from, to)` with everything
 * that is not prose (block markers, code, URLs, tags ...) blanked out, so it has the same length
 * and every character left is at its source offset.
 */
export interface ProseBlock extends SourceRange {
  readonly kind: ProseUnitKind;
  readonly text: string;
}

/** Moves a range by `offset` (unit-relative results become source offsets). */
export function shiftRange<T extends SourceRange>(item: T, offset: number): T {
  return { ...item, from: item.from + offset, to: item.to + offset };
}
