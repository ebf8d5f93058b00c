/**
 * Marks every top-level block with the source lines it came from (`data-source-line`), so the
 * preview can patch changed blocks in place and keep scrolling in step with the editor. Only the
 * preview asks for it (by passing `lineOffset`): exported HTML stays free of editor bookkeeping.
 */
import type { Env, MarkdownIt } from "markdown-it";

/** Env key: the line in the whole post where the rendered body starts (after the front matter). */
export interface SourceLinesEnv extends Env {
  lineOffset?: number;
}

export function sourceLines(md: MarkdownIt): void {
  md.core.ruler.push("source_lines", (state) => {
    const offset = (state.env as SourceLinesEnv).lineOffset;
    if (typeof offset !== "number") return;
    for (const token of state.tokens) {
      if (token.level === 0 && token.map && token.nesting !== -1) {
        token.attrSet("data-source-line", String(token.map[0] + offset));
      }
    }
  });
}
