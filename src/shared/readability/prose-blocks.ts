/**
 * Finds the paragraphs, headings and list items of a post with markdown-it's block parser, the
 * same one the preview uses, so the checker and the preview agree on what is a paragraph, a code
 * block or a list. Only the block pass runs: inline markup is blanked by `maskInlineMarkup`,
 * because markdown-it's inline tokens carry no offsets and its typographer rewrites their text.
 */
import type { Token } from "markdown-it";
import { createMarkdownRenderer } from "../markdown/create-markdown-renderer";
import { splitPost } from "../post/front-matter";
import { maskInlineMarkup } from "./mask-inline-markup";
import type { ProseBlock, ProseUnitKind } from "./prose";

const markdown = createMarkdownRenderer();

/** Where each line of `text` starts, plus a final entry one past the end. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  starts.push(text.length + 1);
  return starts;
}

/** markdown-it reads `\r` as text and NUL as U+FFFD: swap them for same-length stand-ins so offsets hold. */
function normalizeSameLength(text: string): string {
  return text.replace(/\r/g, " ").replace(/\0/g, "\uFFFD");
}

/** Which unit an inline token belongs to, or null for table cells (not running prose). */
function unitKind(opener: Token | undefined, listDepth: number, tableDepth: number): ProseUnitKind | null {
  if (tableDepth > 0 || !opener) return null;
  if (opener.type === "heading_open") return "heading";
  return listDepth > 0 ? "list-item" : "paragraph";
}

/**
 * Places an inline token's content lines in the source: each content line is the tail of its
 * source line (after indentation, `>` and list markers), so it is found from the end; a line
 * markdown-it re-indented (tabs) is found without its leading blanks.
 */
function placeContent(body: string, starts: readonly number[], token: Token, bodyOffset: number, kind: ProseUnitKind): ProseBlock | null {
  const map = token.map;
  if (!map || token.content.trim() === "") return null;
  const contentLines = token.content.split("\n");
  const spans: { from: number; to: number }[] = [];
  contentLines.forEach((content, index) => {
    const line = map[0] + index;
    const lineFrom = starts[line];
    const lineTo = starts[line + 1];
    if (lineFrom === undefined || lineTo === undefined) return;
    const source = body.slice(lineFrom, lineTo - 1);
    const trimmed = content.trimStart();
    const column = source.lastIndexOf(trimmed);
    if (trimmed === "" || column === -1) return;
    spans.push({ from: lineFrom + column, to: lineFrom + column + trimmed.length });
  });
  const first = spans[0];
  const last = spans[spans.length - 1];
  if (!first || !last) return null;
  // Blank what lies between content lines (line breaks stay, markers and indentation go).
  let text = "";
  let cursor = first.from;
  for (const span of spans) {
    text += body.slice(cursor, span.from).replace(/[^\n]/g, " ") + body.slice(span.from, span.to);
    cursor = span.to;
  }
  return { kind, from: bodyOffset + first.from, to: bodyOffset + last.to, text: maskInlineMarkup(text, kind) };
}

/**
 * The prose blocks of a post's body, in source order, with offsets in the whole post (the body
 * starts at `bodyOffset`). Code blocks, HTML blocks, tables and thematic breaks are not prose.
 */
export function findBodyProseBlocks(body: string, bodyOffset: number): ProseBlock[] {
  const source = normalizeSameLength(body);
  const tokens: Token[] = [];
  markdown.block.parse(source, markdown, {}, tokens);
  const starts = lineStarts(source);
  const blocks: ProseBlock[] = [];
  let listDepth = 0;
  let tableDepth = 0;
  tokens.forEach((token, index) => {
    if (token.type === "list_item_open") listDepth++;
    else if (token.type === "list_item_close") listDepth--;
    else if (token.type === "table_open") tableDepth++;
    else if (token.type === "table_close") tableDepth--;
    else if (token.type === "inline") {
      const kind = unitKind(tokens[index - 1], listDepth, tableDepth);
      const block = kind && placeContent(source, starts, token, bodyOffset, kind);
      if (block) blocks.push(block);
    }
  });
  return blocks;
}

/** The prose blocks of a whole post, front matter skipped, with offsets into `text`. */
export function findProseBlocks(text: string): ProseBlock[] {
  const { body, bodyOffset } = splitPost(text);
  return findBodyProseBlocks(body, bodyOffset);
}
