/**
 * The headings of a post for its outline, read with the block pass of the one markdown-it setup
 * (as the readability checker reads paragraphs), so the outline and the preview agree on what is a
 * heading: ATX and Setext headings count, `#` lines inside fenced code and front matter do not.
 * Each heading says what is wrong with its place in the outline: a skipped level, or a second H1.
 */
import type { Token } from "markdown-it";
import { readPostHeader } from "../post/fields";
import { splitPost } from "../post/front-matter";
import { createMarkdownRenderer } from "./create-markdown-renderer";

const markdown = createMarkdownRenderer();

/** One heading of a post, placed in the whole text. */
export interface PostHeading {
  /** 1 for `#` (or a `===` underline), up to 6. */
  readonly level: number;
  /** The heading's words, without their Markdown. */
  readonly text: string;
  /** Where the heading's first line starts and its last line ends, in the whole post. */
  readonly from: number;
  readonly to: number;
  /** What is wrong with the heading's place in the outline, in a writer's words, or null. */
  readonly warning: string | null;
}

/** Inline tokens whose content is shown words. */
const WORD_TOKENS = new Set(["text", "code_inline", "image", "text_special", "softbreak", "hardbreak"]);

/** The words of a heading's inline Markdown: emphasis, links and code marks go, their words stay. */
function headingText(content: string): string {
  const inline: Token[] = markdown.parseInline(content, {})[0]?.children ?? [];
  const words = inline.map((token) => (WORD_TOKENS.has(token.type) ? (token.type.endsWith("break") ? " " : token.content) : "")).join("");
  return words.replace(/\s+/g, " ").trim();
}

/** Where each line of `text` starts, plus one entry past the end. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  starts.push(text.length + 1);
  return starts;
}

/** The warning for a heading after `previous` (null for the first), given how many H1s the page shows before it. */
function placementWarning(level: number, previous: number | null, h1sBefore: number, titleIsH1: boolean): string | null {
  if (level === 1 && h1sBefore > 0) return titleIsH1 ? "More than one H1: the front matter title is the page's H1" : "More than one H1";
  if (previous === null || level <= previous + 1) return null;
  const missing = Array.from({ length: level - previous - 1 }, (_, i) => `H${previous + 1 + i}`);
  return missing.length === 1 ? `Skipped level: ${missing[0]} missing` : `Skipped levels: ${missing.join(", ")} missing`;
}

/** The headings of a whole post (front matter included in `text`), in order, with offsets into `text`. */
export function readPostHeadings(text: string): PostHeading[] {
  const { body, bodyOffset, frontMatter } = splitPost(text);
  const tokens: Token[] = [];
  markdown.block.parse(body, markdown, {}, tokens);
  const starts = lineStarts(body);
  // The preview and the export show a front matter title as the page's H1.
  const titleIsH1 = readPostHeader(frontMatter).title !== null;
  const headings: PostHeading[] = [];
  let h1s = titleIsH1 ? 1 : 0;
  tokens.forEach((token, index) => {
    if (token.type !== "heading_open" || !token.map) return;
    const level = Number(token.tag.slice(1));
    const [first, end] = token.map;
    const from = bodyOffset + (starts[first] ?? 0);
    const to = bodyOffset + Math.max(starts[first] ?? 0, (starts[end] ?? body.length + 1) - 1);
    const previous = headings[headings.length - 1]?.level ?? null;
    headings.push({ level, text: headingText(tokens[index + 1]?.content ?? ""), from, to, warning: placementWarning(level, previous, h1s, titleIsH1) });
    if (level === 1) h1s++;
  });
  return headings;
}
