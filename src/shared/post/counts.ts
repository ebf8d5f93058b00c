/** Words, characters and reading time of a post's body, for the status bar. */

/** Words a general reader reads per minute (the figure Medium and most blogs use). */
export const READING_WORDS_PER_MINUTE = 238;

export interface TextCounts {
  readonly words: number;
  readonly characters: number;
  readonly readingMinutes: number;
}

const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;

/** Counts words (letters or digits joined by apostrophes, dots or hyphens) and characters. */
export function countText(body: string): TextCounts {
  const words = body.match(WORD)?.length ?? 0;
  const characters = [...body.replace(/\r?\n/g, "")].length;
  return { words, characters, readingMinutes: words === 0 ? 0 : Math.max(1, Math.round(words / READING_WORDS_PER_MINUTE)) };
}
