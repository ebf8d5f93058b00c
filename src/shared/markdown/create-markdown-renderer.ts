/** The one markdown-it setup that the preview, the export and the command line share. */
import markdownIt, { type MarkdownIt } from "markdown-it";
import { sourceLines } from "./plugins/source-lines";
import { tableAlignmentClasses } from "./plugins/table-alignment-classes";

/**
 * CommonMark plus GitHub's tables, strikethrough and autolinks. Raw HTML is parsed so bloggers'
 * figures and details work; every caller must pass the output through the shared sanitizing
 * policy before showing it. markdown-it's link validation (no `javascript:` and friends) stays on.
 */
export function createMarkdownRenderer(): MarkdownIt {
  return markdownIt({ html: true, linkify: true, typographer: true }).use(sourceLines).use(tableAlignmentClasses);
}
