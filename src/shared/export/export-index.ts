/**
 * The `index.html` of an "Export all": the posts' titles as links, newest first, with their date
 * and description, in the same theme and under the same no-script policy as the posts' pages.
 */
import { EXPORT_GENERATOR } from "./export-document";
import { escapeHtml } from "./html-text";
import { buildPageShell } from "./page-shell";
import { formatExportDate } from "./post-header-html";

/** One post on the index. */
export interface ExportIndexEntry {
  readonly title: string;
  /** Front matter `date` as written, or null. */
  readonly date: string | null;
  readonly description: string | null;
  /** The link to the post's page, relative to the index (see relativeHref). */
  readonly href: string;
  /** The post's language, for its date. */
  readonly lang: string;
}

/** What the index shows. */
export interface ExportIndexParts {
  /** The page's heading and title: the posts folder's name. */
  readonly title: string;
  readonly lang: string;
  /** The posts, in the order to list them (newest first). */
  readonly entries: readonly ExportIndexEntry[];
  readonly css: string;
}

function entryHtml({ title, date, description, href, lang }: ExportIndexEntry): string {
  const parts = [`<h2 class="post-list-title"><a href="${escapeHtml(href)}">${escapeHtml(title)}</a></h2>`];
  if (date) parts.push(`<p class="post-meta"><time class="post-date" datetime="${escapeHtml(date)}">${escapeHtml(formatExportDate(date, lang))}</time></p>`);
  if (description) parts.push(`<p class="post-description">${escapeHtml(description)}</p>`);
  return `<li class="post-list-item">\n${parts.join("\n")}\n</li>\n`;
}

/** The index page as text. */
export function buildExportIndex({ title, lang, entries, css }: ExportIndexParts): string {
  const list = entries.length === 0 ? `<p>No published posts yet.</p>\n` : `<ol class="post-list">\n${entries.map(entryHtml).join("")}</ol>\n`;
  return buildPageShell({
    lang,
    title,
    head: `<meta name="generator" content="${EXPORT_GENERATOR}">\n`,
    css,
    main: `<div class="post post-index">
<header class="post-header">
<h1 class="post-title">${escapeHtml(title)}</h1>
</header>
${list}</div>
`,
  });
}
