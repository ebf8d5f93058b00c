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

/** Groups markdown-it's flat token stream into top-level blocks (level 0 open ... matching close). */
function topLevelGroups(tokens: readonly Token[]): Token[][] {
  const groups: Token[][] = [];
  let current: Token[] = [];
  for (const token of tokens) {
    current.push(token);
    const closesTopLevel = token.level === 0 && token.nesting <= 0;
    if (closesTopLevel) {
      groups.push(current);
      current = [];
    }
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

/**
 * Parses `body` once and renders each top-level block on its own, so a keystroke changes the
 * HTML of one block and the preview can leave the others' DOM untouched.
 * `lineOffset` is the line where the body starts in the whole post (after front matter).
 */
export function renderPreviewBlocks(md: MarkdownIt, body: string, lineOffset: number): PreviewBlock[] {
  const env: SourceLinesEnv = { lineOffset };
  const tokens = md.parse(body, env);
  return topLevelGroups(tokens).map((group) => {
    const map = group[0]?.map ?? [0, 0];
    return {
      startLine: map[0] + lineOffset,
      endLine: map[1] + lineOffset,
      html: md.renderer.render(group, md.options, env),
    };
  });
}
