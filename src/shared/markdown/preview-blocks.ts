/** Renders a post's body as a list of top-level blocks, each with its source lines and HTML. */
import type { MarkdownIt, Token } from "markdown-it";
import type { SourceLinesEnv } from "./plugins/source-lines";

/** One top-level block of the preview (a paragraph, a heading, a whole list or table …). */
export interface PreviewBlock {
  /** Zero-based first line of the block in the whole post. */
  readonly startLine: number;
  /** Zero-based line after the block's last line. */
  readonly endLine: number;
  /** Unsanitized HTML: sanitize with the shared policy before showing it. */
  readonly html: string;
}

/**
 * Groups markdown-it's flat token stream into top-level blocks by nesting depth (open ... matching
 * close). Depth, not `token.level`: the footnotes plugin appends its section with every token at
 * level 0, and it must stay one block.
 */
function topLevelGroups(tokens: readonly Token[]): Token[][] {
  const groups: Token[][] = [];
  let current: Token[] = [];
  let depth = 0;
  for (const token of tokens) {
    current.push(token);
    depth += token.nesting;
    if (depth <= 0 && token.nesting <= 0) {
      groups.push(current);
      current = [];
      depth = 0;
    }
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

/** Raw HTML elements that bloggers open in one block and close blocks later, with Markdown between. */
const SPANNING_ELEMENTS = new Set(["article", "aside", "blockquote", "center", "details", "div", "figure", "footer", "header", "main", "nav", "section"]);
const TAG = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*?(\/?)>/g;

/** How many spanning elements `html` leaves open (negative when it closes more than it opens). */
function openElements(html: string): number {
  let open = 0;
  for (const [, closing, name, selfClosing] of html.matchAll(TAG)) {
    if (!name || selfClosing || !SPANNING_ELEMENTS.has(name.toLowerCase())) continue;
    open += closing ? -1 : 1;
  }
  return open;
}

/**
 * Joins a raw HTML block that opens an element (`<details>`, `<figure>`, `<div>` …) with the
 * blocks up to the one that closes it, so the preview sanitizes and shows them as the one element
 * the export will have, instead of an empty `<details>` followed by stray paragraphs.
 */
function joinSpanningHtml(groups: readonly Token[][]): Token[][] {
  const joined: Token[][] = [];
  let pending: Token[] | null = null;
  let open = 0;
  for (const group of groups) {
    const html = group.length === 1 && group[0]?.type === "html_block" ? openElements(group[0].content) : 0;
    if (pending) {
      pending.push(...group);
      open += html;
      if (open <= 0) {
        joined.push(pending);
        pending = null;
      }
    } else if (html > 0) {
      pending = [...group];
      open = html;
    } else {
      joined.push(group);
    }
  }
  if (pending) joined.push(pending);
  return joined;
}

/** Number of lines of `text` (a final line break ends the last line, it does not start one). */
export function lineCount(text: string): number {
  let lines = 1;
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) lines++;
  return text.endsWith("\n") ? lines - 1 : lines;
}

/**
 * Parses `body` once and renders each top-level block on its own, so a keystroke changes the
 * HTML of one block and the preview can leave the others' DOM untouched.
 * `lineOffset` is the line where the body starts in the whole post (after front matter).
 */
export function renderPreviewBlocks(md: MarkdownIt, body: string, lineOffset: number): PreviewBlock[] {
  const env: SourceLinesEnv = { lineOffset };
  const tokens = md.parse(body, env);
  const bodyEnd = lineOffset + lineCount(body);
  let previousEnd = lineOffset;
  return joinSpanningHtml(topLevelGroups(tokens)).map((group) => {
    const first = group[0]?.map;
    const last = group.findLast((token) => token.map)?.map;
    // Blocks without source lines (the footnotes section, gathered from definitions anywhere in
    // the post) sit after the block before them, so block positions keep their order for scrolling.
    const startLine = first ? first[0] + lineOffset : previousEnd;
    const endLine = first ? Math.max(last?.[1] ?? first[1], first[1]) + lineOffset : bodyEnd;
    previousEnd = Math.max(previousEnd, endLine);
    return { startLine, endLine, html: md.renderer.render(group, md.options, env) };
  });
}
