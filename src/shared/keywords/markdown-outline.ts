/**
 * Reads what the keyphrase and post checks need beyond prose from a post's body, with the same
 * markdown-it setup the preview uses: heading levels, images with their alt text, and link
 * targets, including those written as raw HTML. Ranges are the source lines of the block
 * they sit in, since markdown-it's inline tokens carry no offsets.
 */
import type { Token } from "markdown-it";
import type { SourceRange } from "../readability";
import { createMarkdownRenderer } from "../markdown/create-markdown-renderer";

const markdown = createMarkdownRenderer();

/** A heading: its level (1 for `#`) and its source lines. */
export interface OutlineHeading extends SourceRange {
  readonly level: number;
}

/** An image and its alt text ("" when it has none). */
export interface OutlineImage extends SourceRange {
  readonly alt: string;
  readonly src: string;
}

/** A link's target as written. */
export interface OutlineLink extends SourceRange {
  readonly href: string;
}

/** The headings, images and links of a body, in source order. */
export interface MarkdownOutline {
  readonly headings: readonly OutlineHeading[];
  readonly images: readonly OutlineImage[];
  readonly links: readonly OutlineLink[];
}

const HTML_IMAGE = /<img\b[^>]*>/gi;
const HTML_LINK = /<a\b[^>]*>/gi;

/** The value of attribute `name` in an HTML start tag, or null. */
function htmlAttribute(tag: string, name: string): string | null {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'=<>\`]+))`, "i").exec(tag);
  return match ? (match[1] ?? match[2] ?? match[3] ?? "") : null;
}

/** Where each line of `text` starts. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}

/** The body range of source lines `[first, end)`, without the final line break. */
function linesRange(body: string, starts: readonly number[], [first, end]: [number, number]): SourceRange {
  const from = starts[first] ?? body.length;
  let to = starts[end] ?? body.length;
  while (to > from && (body[to - 1] === "\n" || body[to - 1] === "\r")) to--;
  return { from, to };
}

function collectHtml(html: string, range: SourceRange, images: OutlineImage[], links: OutlineLink[]): void {
  for (const [tag] of html.matchAll(HTML_IMAGE)) images.push({ ...range, alt: htmlAttribute(tag, "alt") ?? "", src: htmlAttribute(tag, "src") ?? "" });
  for (const [tag] of html.matchAll(HTML_LINK)) {
    const href = htmlAttribute(tag, "href");
    if (href !== null) links.push({ ...range, href });
  }
}

/** Reads a post body's outline; `bodyOffset` is where the body starts in the post. */
export function readMarkdownOutline(body: string, bodyOffset: number): MarkdownOutline {
  const tokens: Token[] = markdown.parse(body, {});
  const starts = lineStarts(body);
  const headings: OutlineHeading[] = [];
  const images: OutlineImage[] = [];
  const links: OutlineLink[] = [];
  for (const token of tokens) {
    const map = token.map;
    if (!map) continue;
    const lines = linesRange(body, starts, map);
    const range = { from: bodyOffset + lines.from, to: bodyOffset + lines.to };
    if (token.type === "heading_open") headings.push({ ...range, level: Number(token.tag.slice(1)) });
    else if (token.type === "html_block") collectHtml(token.content, range, images, links);
    for (const child of token.children ?? []) {
      if (child.type === "image") images.push({ ...range, alt: child.content, src: String(child.attrGet("src") ?? "") });
      else if (child.type === "link_open") links.push({ ...range, href: String(child.attrGet("href") ?? "") });
      else if (child.type === "html_inline") collectHtml(child.content, range, images, links);
    }
  }
  return { headings, images, links };
}
