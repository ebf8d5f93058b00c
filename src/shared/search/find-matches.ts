/**
 * Finds a pattern's matches in one post's text and places each by line and column, with a short
 * snippet of its line around it. Lines and columns, not offsets: the editor counts a Windows line
 * break as one character, so an offset into the file would land beside the match.
 */
import { lineIndexAt, lineStarts } from "../sorted-lookup";

/** A place in a post: 1-based line, 0-based column in UTF-16 code units. */
export interface TextPlace {
  readonly line: number;
  readonly column: number;
}

/** One match of a search in a post. */
export interface PostSearchMatch {
  readonly from: TextPlace;
  readonly to: TextPlace;
  /** The match's line, cut around the match, line breaks inside it shown as spaces. */
  readonly snippet: string;
  /** Where the match sits in `snippet`. */
  readonly snippetFrom: number;
  readonly snippetTo: number;
}

/** The matches of one post, the first `limit` of them, and whether there were more. */
export interface TextMatches {
  readonly matches: readonly PostSearchMatch[];
  readonly more: boolean;
}

/** Characters of context kept before and after a match in its snippet, and of the match itself. */
const CONTEXT_BEFORE = 40;
const CONTEXT_AFTER = 60;
const MATCH_SHOWN = 120;


/** The end of the line that `offset` is on, before its line break. */
function lineEnd(text: string, offset: number): number {
  const end = text.indexOf("\n", offset);
  const stop = end === -1 ? text.length : end;
  return text[stop - 1] === "\r" ? stop - 1 : stop;
}

function snippetOf(text: string, lineStart: number, from: number, to: number): Pick<PostSearchMatch, "snippet" | "snippetFrom" | "snippetTo"> {
  const shownTo = Math.min(to, from + MATCH_SHOWN);
  const start = Math.max(lineStart, from - CONTEXT_BEFORE);
  const end = Math.max(shownTo, Math.min(lineEnd(text, shownTo), shownTo + CONTEXT_AFTER));
  const lead = start > lineStart ? "…" : "";
  const tail = end < lineEnd(text, end) || shownTo < to ? "…" : "";
  const snippet = `${lead}${text.slice(start, end).replace(/[\r\n\t]/g, " ")}${tail}`;
  return { snippet, snippetFrom: lead.length + from - start, snippetTo: lead.length + shownTo - start };
}

/**
 * The first `limit` non-empty matches of `pattern` (a global regular expression) in `text`.
 * An empty match finds nothing to show, so the search steps past it.
 */
export function findTextMatches(text: string, pattern: RegExp, limit: number): TextMatches {
  const matches: PostSearchMatch[] = [];
  let starts: number[] | null = null;
  pattern.lastIndex = 0;
  for (let found = pattern.exec(text); found !== null; found = pattern.exec(text)) {
    const from = found.index;
    const to = from + found[0].length;
    if (to === from) {
      pattern.lastIndex = from + 1;
      continue;
    }
    if (matches.length === limit) return { matches, more: true };
    starts ??= lineStarts(text);
    const fromLine = lineIndexAt(starts, from);
    const toLine = lineIndexAt(starts, to);
    const lineStart = starts[fromLine] ?? 0;
    matches.push({
      from: { line: fromLine + 1, column: from - lineStart },
      to: { line: toLine + 1, column: to - (starts[toLine] ?? 0) },
      ...snippetOf(text, lineStart, from, to),
    });
  }
  return { matches, more: false };
}
