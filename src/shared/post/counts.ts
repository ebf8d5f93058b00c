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

/** Counts a whole body, chunk by chunk (from, to: its offsets in `body`), through `countOne` (a cache may stand in front of countChunk). */
function countChunks(body: string, countOne: (from: number, to: number, fence: string | null) => ChunkCounts): TextCounts {
  let words = 0;
  let characters = 0;
  let fence: string | null = null;
  for (let from = 0; from <= body.length; ) {
    const found = body.indexOf(CHUNK_SEPARATOR, from);
    const to = found < 0 ? body.length : found;
    const counts = countOne(from, to, fence);
    from = to + (found < 0 ? 1 : CHUNK_SEPARATOR.length);
    words += counts.words;
    characters += counts.characters;
    fence = counts.fenceAfter;
  }
  return { words, characters, readingMinutes: readingMinutes(words) };
}

/** Counts a whole body. */
export function countText(body: string): TextCounts {
  return countChunks(body, (from, to, fence) => countChunk(body.slice(from, to), fence));
}

/** A chunk counted before: where its text is, the fence it started in, and its counts. */
interface KnownChunk {
  readonly body: string;
  readonly from: number;
  readonly to: number;
  readonly fence: string | null;
  readonly counts: ChunkCounts;
}

/** A cheap number that equal chunks share: the length and a few characters (a match is then checked in full). */
function fingerprint(body: string, from: number, to: number): number {
  if (to - from < 2) return to - from;
  const first = (Math.imul(to - from, 31) + body.charCodeAt(from) * 65_599 + body.charCodeAt(from + 1)) | 0;
  return (Math.imul(first, 31) + body.charCodeAt((from + to) >> 1) * 65_599 + body.charCodeAt(to - 1)) | 0;
}

/** The entry of `known` whose text and fence are the chunk's, if any. */
function findChunk(known: readonly KnownChunk[] | undefined, chunk: string, fence: string | null): KnownChunk | undefined {
  return known?.find((entry) => entry.fence === fence && entry.to - entry.from === chunk.length && entry.body.startsWith(chunk, entry.from));
}

/**
 * A counter for the successive bodies of one post: it remembers each chunk's counts, so after a
 * keystroke only the changed chunk is counted again (a full count of 100k words takes ~25 ms).
 * A chunk's counts depend on whether it starts inside a fenced code block, so that is checked too.
 * The cache holds offsets into the last body, never the chunks' text: Chromium keeps a Map's
 * string keys as copies of their own, which for a long post is a second copy of the whole text.
 */
export function createBodyCounter(): (body: string) => TextCounts {
  let previous = new Map<number, KnownChunk[]>();
  return (body) => {
    const current = new Map<number, KnownChunk[]>();
    const counts = countChunks(body, (from, to, fence) => {
      const key = fingerprint(body, from, to);
      const chunk = body.slice(from, to);
      const counts = (findChunk(current.get(key), chunk, fence) ?? findChunk(previous.get(key), chunk, fence))?.counts ?? countChunk(chunk, fence);
      const entry: KnownChunk = { body, from, to, fence, counts };
      const same = current.get(key);
      if (same) same.push(entry);
      else current.set(key, [entry]);
      return counts;
    });
    previous = current;
    return counts;
  };
}
