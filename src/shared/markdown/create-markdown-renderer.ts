/** The one markdown-it setup that the preview, the export and the command line share. */
import markdownIt, { type MarkdownIt } from "markdown-it";
import footnote from "markdown-it-footnote";
import { highlightCode } from "./highlight-code";
import { footnoteIds } from "./plugins/footnote-ids";
import { headingAnchors } from "./plugins/heading-anchors";
import { sourceLines } from "./plugins/source-lines";
import { tableAlignmentClasses } from "./plugins/table-alignment-classes";
import { taskLists } from "./plugins/task-lists";
import { wwwAutolinks } from "./plugins/www-autolinks";

/**
 * CommonMark plus GitHub's tables, strikethrough, autolinks and task lists, footnotes, heading
 * ids and highlighted fenced code. Raw HTML is parsed so bloggers' figures and details work; every
 * caller must pass the output through the shared sanitizing policy before showing it.
 * markdown-it's link validation (no `javascript:` and friends) stays on.
 */
export function createMarkdownRenderer(): MarkdownIt {
  return markdownIt({ html: true, linkify: true, typographer: true, highlight: highlightCode })
    .use(wwwAutolinks)
    .use(footnote)
    .use(footnoteIds)
    .use(taskLists)
    .use(headingAnchors)
    .use(sourceLines)
    .use(tableAlignmentClasses);
}
