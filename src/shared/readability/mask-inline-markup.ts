/**
 * Blanks the inline Markdown that is not prose (code spans, autolinks, HTML tags, images, link
 * destinations, bare URLs, entities, escapes) while keeping the text's length, so every word left
 * stays at its source offset. A small scanner of our own: markdown-it's inline tokens have no
 * offsets and its typographer changes their text, so they cannot be mapped back exactly.
 */
import type { ProseUnitKind } from "./prose";

/**
 * Stands in for blanked markup: whitespace to the word and sentence rules (`\s` matches it),
 * yet told apart from the writer's own spaces, so a sentence may start with a code span.
 */
export const MASK = "\u00A0";

const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;
const TAG = /<(?:!--[\s\S]*?-->|\?[\s\S]*?\?>|![A-Za-z][^>]*>|!\[CDATA\[[\s\S]*?\]\]>|\/[A-Za-z][A-Za-z0-9-]*\s*>|[A-Za-z][A-Za-z0-9-]*(?:\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:[^\s"'=<>`]+|'[^']*'|"[^"]*"))?)*\s*\/?>)/y;
const AUTOLINK = /<(?:[A-Za-z][A-Za-z0-9.+-]{1,31}:[^\s<>]*|[\w.!#$%&'*+/=?^`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*)>/y;
const ENTITY = /&(?:#\d{1,7}|#[xX][\da-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/y;
// Bare URLs, emails and domains that markdown-it's linkify turns into links (`example.com`, by common endings).
const BARE_LINK =
  /(?:(?:https?|ftp):\/\/|www\.|mailto:)[^\s<>\u00A0]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:[a-z0-9-]+\.)+(?:com|org|net|io|dev|app|co|edu|gov|info|ai|uk|us|de|fr|eu|ca|au)\b(?:\/[^\s<>\u00A0]*)?/gi;
// A cheap first look: most paragraphs have no link at all and skip BARE_LINK.
const MAY_HAVE_BARE_LINK = /:\/\/|mailto:|www\.|@|\.(?:com|org|net|io|dev|app|co|edu|gov|info|ai|uk|us|de|fr|eu|ca|au)\b/i;
const URL_TRAILING_PUNCTUATION = /[?!.,:;*_~'"]+$/;
// Characters where inline markup may start (or a link's tail, at "]").
const MARKUP_START = /[\\`<&![\]]/g;
const TASK_BOX = /^\[[ xX]\](?=\s)/;

/** Where the backtick run at `start` closes (after its matching run), or -1. */
function codeSpanEnd(text: string, start: number, length: number): number {
  let i = text.indexOf("`", start + length);
  while (i !== -1) {
    let end = i;
    while (text[end] === "`") end++;
    if (end - i === length) return end;
    i = text.indexOf("`", end);
  }
  return -1;
}

/** Index of the `]` matching the `[` at `open`, or -1. */
function closingBracket(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const ch = text[i];
    if (ch === "\\") i++;
    else if (ch === "[") depth++;
    else if (ch === "]" && --depth === 0) return i;
  }
  return -1;
}

/** End of a link's tail right after `]`: `(destination "title")` or `[label]`; -1 when there is none. */
function linkTailEnd(text: string, start: number): number {
  if (text[start] === "[") {
    const close = closingBracket(text, start);
    return close === -1 ? -1 : close + 1;
  }
  if (text[start] !== "(") return -1;
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const ch = text[i];
    if (ch === "\\") i++;
    else if (ch === "(") depth++;
    else if (ch === ")" && --depth === 0) return i + 1;
  }
  return -1;
}

/** A bare link's text without the punctuation that ends the sentence around it. */
function trimBareLink(link: string): string {
  let trimmed = link.replace(URL_TRAILING_PUNCTUATION, "");
  // A closing parenthesis belongs to the URL only when the URL opened one.
  while (trimmed.endsWith(")") && trimmed.split("(").length < trimmed.split(")").length) trimmed = trimmed.slice(0, -1).replace(URL_TRAILING_PUNCTUATION, "");
  return trimmed;
}

function stickyMatchEnd(pattern: RegExp, text: string, start: number): number {
  pattern.lastIndex = start;
  return pattern.test(text) ? pattern.lastIndex : -1;
}

/** Returns `text` with non-prose inline markup replaced by `MASK` (line breaks kept). */
export function maskInlineMarkup(text: string, kind: ProseUnitKind): string {
  const blanks: [from: number, to: number][] = [];
  // Where a link's `](destination)` starts -> where it ends; its text in between stays prose.
  const linkTails = new Map<number, number>();
  const hasTaskBox = kind === "list-item" && TASK_BOX.test(text);
  if (hasTaskBox) blanks.push([0, 3]);
  MARKUP_START.lastIndex = hasTaskBox ? 3 : 0;
  for (let match = MARKUP_START.exec(text); match; match = MARKUP_START.exec(text)) {
    const i = match.index;
    const end = markupEnd(text, i, linkTails);
    if (end.blankTo > i) blanks.push([i, end.blankTo]);
    MARKUP_START.lastIndex = Math.max(i + 1, end.resumeAt);
  }
  if (MAY_HAVE_BARE_LINK.test(text)) {
    for (const match of text.matchAll(BARE_LINK)) {
      const before = text[match.index - 1];
      if (before === undefined || /[\s(\u00A0"'“‘*_]/.test(before)) blanks.push([match.index, match.index + trimBareLink(match[0]).length]);
    }
  }
  return blanks.length === 0 ? text : applyBlanks(text, blanks);
}

/** `text` with the given ranges (which may overlap) replaced by `MASK`, line breaks kept. */
function applyBlanks(text: string, blanks: [from: number, to: number][]): string {
  blanks.sort((a, b) => a[0] - b[0]);
  let result = "";
  let cursor = 0;
  for (const [from, to] of blanks) {
    if (to <= cursor) continue;
    const start = Math.max(from, cursor);
    result += text.slice(cursor, start) + text.slice(start, to).replace(/[^\n]/g, MASK);
    cursor = to;
  }
  return result + text.slice(cursor);
}

/** What to blank from a markup start at `i` (up to `blankTo`) and where scanning resumes. */
function markupEnd(text: string, i: number, linkTails: Map<number, number>): { blankTo: number; resumeAt: number } {
  const ch = text[i];
  const none = { blankTo: i, resumeAt: i + 1 };
  const whole = (end: number): { blankTo: number; resumeAt: number } => (end === -1 ? none : { blankTo: end, resumeAt: end });
  switch (ch) {
    case "]": {
      const tailEnd = linkTails.get(i);
      return tailEnd === undefined ? none : whole(tailEnd);
    }
    case "\\":
      return ASCII_PUNCTUATION.test(text[i + 1] ?? "") ? { blankTo: i + 1, resumeAt: i + 2 } : none;
    case "`": {
      let run = i;
      while (text[run] === "`") run++;
      const end = codeSpanEnd(text, i, run - i);
      return end === -1 ? { blankTo: run, resumeAt: run } : whole(end);
    }
    case "<":
      return whole(Math.max(stickyMatchEnd(AUTOLINK, text, i), stickyMatchEnd(TAG, text, i)));
    case "&":
      return whole(stickyMatchEnd(ENTITY, text, i));
    case "!": {
      if (text[i + 1] !== "[") return none;
      const close = closingBracket(text, i + 1);
      return whole(close === -1 ? -1 : linkTailEnd(text, close + 1));
    }
    case "[": {
      const close = closingBracket(text, i);
      if (close === -1) return none;
      // A footnote reference ([^1]) is not prose.
      if (text[i + 1] === "^") return whole(close + 1);
      const end = linkTailEnd(text, close + 1);
      if (end === -1) return none;
      linkTails.set(close, end);
      return { blankTo: i + 1, resumeAt: i + 1 };
    }
    default:
      return none;
  }
}
