/**
 * The preview's blocks, re-rendered only where the text changed (design.md, "A keystroke's
 * path"): the edit's lines and the blocks they touch are parsed again on their own, the blocks
 * after them move by the lines the edit added, and the rest are kept as they were. Parsing the
 * whole body costs hundreds of milliseconds at 100,000 words; an edit in a paragraph costs one
 * paragraph. Wherever a block's HTML can depend on text outside it, the whole body is rendered.
 */
import type { MarkdownIt } from "markdown-it";
import { type CommonEnds, commonEnds } from "../common-ends";
import { lineCount, type PreviewBlock, renderPreviewBlocks } from "./preview-blocks";

/** Reference definitions and footnotes: a block's links and notes depend on text anywhere in the post. */
const POST_WIDE = /^ {0,3}\[[^\]\n]+\]:|\[\^/m;

/**
 * Lines that make a region unsafe to parse alone: headings (their ids count the headings before
 * them), setext underlines, fences and raw HTML (they run past blank lines), list items and
 * indented lines (they join a neighbouring list or code block across a blank line).
 */
const UNSAFE_LINE = /^(?:#{1,6}(?:[ \t]|$)|[=-]+[ \t]*$|```|~~~|<|[-+*](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$)|[ \t])/m;

const LINE_ATTRIBUTE = ' data-source-line="';

/** The offset where zero-based line `line` of `text` starts (the text's length past its end). */
function lineStart(text: string, line: number): number {
  let offset = 0;
  for (let i = 0; i < line; i++) {
    const next = text.indexOf("\n", offset);
    if (next === -1) return text.length;
    offset = next + 1;
  }
  return offset;
}

/** The zero-based line that `offset` of `text` is on. */
function lineAt(text: string, offset: number): number {
  let line = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) line++;
  return line;
}

/** True when line `line` of `text` is blank or past the end, so it separates blocks. */
function isBlankLine(text: string, line: number): boolean {
  return text.slice(lineStart(text, line), lineStart(text, line + 1)).trim() === "";
}

/** `block` moved down by `delta` lines, or null when its HTML carries other line marks than its own (joined raw HTML). */
function moveBlock(block: PreviewBlock, delta: number): PreviewBlock | null {
  if (delta === 0) return block;
  const first = block.html.indexOf(LINE_ATTRIBUTE);
  const moved = { ...block, startLine: block.startLine + delta, endLine: block.endLine + delta };
  if (first === -1) return moved;
  const own = `${LINE_ATTRIBUTE}${block.startLine}"`;
  if (!block.html.startsWith(own, first) || block.html.includes(LINE_ATTRIBUTE, first + 1)) return null;
  return { ...moved, html: `${block.html.slice(0, first)}${LINE_ATTRIBUTE}${moved.startLine}"${block.html.slice(first + own.length)}` };
}

/** The lines of `body` that hold the changed span of an edit. */
function editedLines(body: string, { prefix, suffix }: CommonEnds): string {
  const end = body.indexOf("\n", body.length - suffix);
  return body.slice(body.lastIndexOf("\n", prefix - 1) + 1, end === -1 ? body.length : end);
}

interface RenderedBody {
  readonly body: string;
  readonly lineOffset: number;
  readonly blocks: readonly PreviewBlock[];
  /** Whether the body has reference definitions or footnotes (POST_WIDE). */
  readonly postWide: boolean;
}

/** Renders one post's body again and again, as it is edited. */
export class PreviewBlockRenderer {
  private last: RenderedBody | null = null;

  constructor(private readonly md: MarkdownIt) {}

  /** The blocks of `body` (which starts at line `lineOffset` of the post), equal to `renderPreviewBlocks` of it. */
  render(body: string, lineOffset: number): readonly PreviewBlock[] {
    const last = this.last;
    if (last?.body === body && last.lineOffset === lineOffset) return last.blocks;
    const edit = last && commonEnds(last.body, body);
    // Definitions and footnotes sit on one line each: a body without any gains one only on the lines an edit touched
    // (searching all 600,000 characters of a 100,000-word body took milliseconds a keystroke).
    const postWide = last && edit && !last.postWide ? POST_WIDE.test(editedLines(body, edit)) : POST_WIDE.test(body);
    const changed = last && edit && !postWide && last.lineOffset === lineOffset ? this.renderChange(last, body, edit) : null;
    const blocks = changed ?? renderPreviewBlocks(this.md, body, lineOffset);
    this.last = { body, lineOffset, blocks, postWide };
    return blocks;
  }

  /** The blocks after re-rendering only the changed region of `last`, or null when that could differ from a full render. */
  private renderChange(last: RenderedBody, body: string, { prefix, suffix }: CommonEnds): readonly PreviewBlock[] | null {
    const { lineOffset } = last;
    const firstLine = lineAt(body, prefix);
    const oldLastLine = lineAt(last.body, last.body.length - suffix);
    const delta = lineAt(body, body.length - suffix) - oldLastLine;

    // The old blocks the edit touches (none when it is in the blank lines between two blocks).
    const blocks = last.blocks;
    const relative = (line: number) => line - lineOffset;
    let touchedFrom = blocks.findIndex((block) => relative(block.endLine) > firstLine);
    if (touchedFrom === -1) touchedFrom = blocks.length;
    let touchedTo = touchedFrom;
    while (touchedTo < blocks.length && relative(blocks[touchedTo]?.startLine ?? Infinity) <= oldLastLine) touchedTo++;
    const regionStart = Math.min(firstLine, touchedTo > touchedFrom ? relative(blocks[touchedFrom]?.startLine ?? firstLine) : firstLine);
    const regionEnd = Math.max(oldLastLine + 1, touchedTo > touchedFrom ? relative(blocks[touchedTo - 1]?.endLine ?? 0) : 0) + delta;

    // Blank lines on both sides keep the region's blocks from joining their neighbours.
    if ((regionStart > 0 && !isBlankLine(body, regionStart - 1)) || (regionEnd < lineCount(body) && !isBlankLine(body, regionEnd))) return null;
    const region = body.slice(lineStart(body, regionStart), lineStart(body, regionEnd));
    if (UNSAFE_LINE.test(region)) return null;

    const moved: PreviewBlock[] = [];
    for (const block of blocks.slice(touchedTo)) {
      const next = moveBlock(block, delta);
      if (!next) return null;
      moved.push(next);
    }
    return [...blocks.slice(0, touchedFrom), ...renderPreviewBlocks(this.md, region, lineOffset + regionStart), ...moved];
  }
}
