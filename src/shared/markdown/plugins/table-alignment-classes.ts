/**
 * Writes table-cell alignment as a class (`align-center`) instead of markdown-it's inline
 * `style="text-align:…"`: our Content-Security-Policy forbids inline styles, and the sanitizer
 * strips them, so the alignment would otherwise be lost.
 */
import type { MarkdownIt } from "markdown-it";

const ALIGNMENT = /^text-align:(left|center|right)$/;

export function tableAlignmentClasses(md: MarkdownIt): void {
  md.core.ruler.push("table_alignment_classes", (state) => {
    for (const token of state.tokens) {
      if (token.type !== "th_open" && token.type !== "td_open") continue;
      const alignment = ALIGNMENT.exec(String(token.attrGet("style") ?? ""))?.[1];
      if (!alignment || !token.attrs) continue;
      token.attrs = token.attrs.filter(([name]) => name !== "style");
      token.attrJoin("class", `align-${alignment}`);
    }
  });
}
