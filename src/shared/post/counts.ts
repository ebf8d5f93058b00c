/**
 * Words, characters and reading time of a post's body, for the status bar. Words are the ones a
 * reader reads: code blocks and inline code, link and image addresses, bare URLs and HTML tags
 * are not counted (as in the readability panel); table cells and headings are.
 */
import { commonEnds } from "../common-ends";

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

/** One chunk of the last body counted: its length (without the separator after it) and counts. */
interface CountedChunk {
  readonly length: number;
  readonly counts: ChunkCounts;
}

/**
 * A counter for the successive bodies of one post: after a keystroke it counts again only the
 * chunks from the edit to the first chunk after it that starts where it started before, with
 * the same code fence open. The rest keep their counts (a full count of 100,000 words takes
 * ~25 ms; splitting the body and looking each chunk up took ~5 ms a keystroke).
 */
export function createBodyCounter(): (body: string) => TextCounts {
  let last = "";
  let chunks: readonly CountedChunk[] = [];
  return (body) => {
    const { prefix, suffix } = chunks.length > 0 ? commonEnds(last, body) : { prefix: 0, suffix: 0 };
    const shift = body.length - last.length;
    // The chunks whose separator ends before the edit are the same (never the last chunk, which has no separator).
    let kept = 0;
    let start = 0;
    while (kept < chunks.length - 1 && start + (chunks[kept]?.length ?? 0) + CHUNK_SEPARATOR.length <= prefix) {
      start += (chunks[kept]?.length ?? 0) + CHUNK_SEPARATOR.length;
      kept++;
    }
    const next = chunks.slice(0, kept);
    let fence = chunks[kept - 1]?.counts.fenceAfter ?? null;
    // The old chunk at `oldIndex` started at `oldStart` of the last body.
    let oldIndex = kept;
    let oldStart = start;
    for (let at = start; ; ) {
      const separator = body.indexOf(CHUNK_SEPARATOR, at);
      const end = separator === -1 ? body.length : separator;
      const counts = countChunk(body.slice(at, end), fence);
      next.push({ length: end - at, counts });
      fence = counts.fenceAfter;
      if (separator === -1) break;
      at = separator + CHUNK_SEPARATOR.length;
      while (oldIndex < chunks.length && oldStart < at - shift) oldStart += (chunks[oldIndex++]?.length ?? 0) + CHUNK_SEPARATOR.length;
      // Past the edit, a chunk that starts where one started before, inside the same fence (or none), splits and counts as before.
      const resumes = at >= body.length - suffix && oldStart === at - shift && oldIndex < chunks.length;
      if (resumes && (chunks[oldIndex - 1]?.counts.fenceAfter ?? null) === fence) {
        next.push(...chunks.slice(oldIndex));
        break;
      }
    }
    last = body;
    chunks = next;
    let words = 0;
    let characters = 0;
    for (const { counts } of chunks) {
      words += counts.words;
      characters += counts.characters;
    }
    return { words, characters, readingMinutes: readingMinutes(words) };
  };
}
