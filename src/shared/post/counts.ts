/** Words, characters and reading time of a post's body, for the status bar. */

/** Words a general reader reads per minute (the figure Medium and most blogs use). */
export const READING_WORDS_PER_MINUTE = 238;

export interface TextCounts {
  readonly words: number;
  readonly characters: number;
  readonly readingMinutes: number;
}

const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;

/** Minutes a general reader needs for `words` words: at least one for any text at all. */
export function readingMinutes(words: number): number {
  return words === 0 ? 0 : Math.max(1, Math.round(words / READING_WORDS_PER_MINUTE));
}

/** Counts words (letters or digits joined by apostrophes, dots or hyphens) and characters. */
export function countText(body: string): TextCounts {
  const words = body.match(WORD)?.length ?? 0;
  const characters = [...body.replace(/\r?\n/g, "")].length;
  return { words, characters, readingMinutes: readingMinutes(words) };
}
