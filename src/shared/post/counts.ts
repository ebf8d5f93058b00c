/**
 * Words, characters and reading time of a post's body, for the status bar. Words are the ones a
 * reader reads: code blocks and inline code, link and image addresses, bare URLs and HTML tags
 * are not counted (as in the readability panel); table cells and headings are.
 */

/** Words a general reader reads per minute (the figure Medium and most blogs use). */
export const READING_WORDS_PER_MINUTE = 238;

export interface TextCounts {
  readonly words: number;
  readonly characters: number;
  readonly readingMinutes: number;
}

/** The counts of one blank-line-separated chunk of a body, and the fence of a code block still open after it. */
interface ChunkCounts {
  readonly words: number;
  readonly characters: number;
  readonly fenceAfter: string | null;
}

const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
// What a reader never sees as words: inline code, a link's or image's address, autolinks and bare URLs, tags.
const NOT_READ = /`+[^`\n]*`+|\]\([^)\n]*\)|<https?:[^>\s]*>|https?:\/\/\S+|<\/?[a-zA-Z][^>\n]*>/g;

/** Minutes a general reader needs for `words` words: at least one for any text at all. */
export function readingMinutes(words: number): number {
  return words === 0 ? 0 : Math.max(1, Math.round(words / READING_WORDS_PER_MINUTE));
}

/**
 * Counts a chunk of a body that starts inside the fenced code block opened by `fence` (its
 * backticks or tildes), or outside any when null.
 */
function countChunk(chunk: string, fence: string | null): ChunkCounts {
  let open = fence;
  let words = 0;
  for (const line of chunk.split("\n")) {
    const marker = FENCE.exec(line)?.[1];
    if (open !== null) {
      // A closing fence: the same character, at least as long, nothing after it.
      if (marker !== undefined && marker[0] === open[0] && marker.length >= open.length && line.trim() === marker) open = null;
      continue;
    }
    if (marker !== undefined) {
      open = marker;
      continue;
    }
    words += line.replace(NOT_READ, " ").match(WORD)?.length ?? 0;
  }
  return { words, characters: [...chunk.replace(/\r/g, "").replace(/\n/g, "")].length, fenceAfter: open };
}

/** The separator between chunks: no word spans a blank line, so chunk counts add up exactly. */
const CHUNK_SEPARATOR = "\n\n";

/** Counts a whole body, chunk by chunk, through `countOne` (a cache may stand in front of countChunk). */
function countChunks(body: string, countOne: (chunk: string, fence: string | null) => ChunkCounts): TextCounts {
  let words = 0;
  let characters = 0;
  let fence: string | null = null;
  for (const chunk of body.split(CHUNK_SEPARATOR)) {
    const counts = countOne(chunk, fence);
    words += counts.words;
    characters += counts.characters;
    fence = counts.fenceAfter;
  }
  return { words, characters, readingMinutes: readingMinutes(words) };
}

/** Counts a whole body. */
export function countText(body: string): TextCounts {
  return countChunks(body, countChunk);
}

/**
 * A counter for the successive bodies of one post: it remembers each chunk's counts, so after a
 * keystroke only the changed chunk is counted again (a full count of 100k words takes ~25 ms).
 * A chunk's counts depend on whether it starts inside a fenced code block, so that is in the key.
 */
export function createBodyCounter(): (body: string) => TextCounts {
  let previous = new Map<string | null, Map<string, ChunkCounts>>();
  return (body) => {
    const current = new Map<string | null, Map<string, ChunkCounts>>();
    const counts = countChunks(body, (chunk, fence) => {
      // Keyed by the chunk itself, a slice of the body: a key built by concatenation would be a second copy of the post.
      const known = current.get(fence)?.get(chunk) ?? previous.get(fence)?.get(chunk) ?? countChunk(chunk, fence);
      let chunks = current.get(fence);
      if (!chunks) current.set(fence, (chunks = new Map()));
      chunks.set(chunk, known);
      return known;
    });
    previous = current;
    return counts;
  };
}
