/**
 * The exported page's header, as text: the same elements and classes as the preview's header
 * (src/renderer/src/preview/post-header.ts builds them as DOM), so one theme styles both. The
 * draft badge stays in the preview: readers never see it.
 */
import { escapeHtml } from "./html-text";
import type { ExportMetadata } from "./export-metadata";

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

/** `2024-05-01` as `May 1, 2024` in the post's language; anything else as the writer typed it. */
export function formatExportDate(date: string, lang: string): string {
  const match = ISO_DATE.exec(date);
  if (!match) return date;
  const value = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (Number.isNaN(value.getTime())) return date;
  try {
    return new Intl.DateTimeFormat(lang, { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" }).format(value);
  } catch {
    return date;
  }
}

/** The header (title, date, description, tags), or "" when the front matter has none of them. */
export function renderPostHeaderHtml(metadata: ExportMetadata): string {
  const { titleInFrontMatter, title, datePublished, description, keywords, lang } = metadata;
  const parts: string[] = [];
  if (titleInFrontMatter) parts.push(`<h1 class="post-title">${escapeHtml(title)}</h1>`);
  if (datePublished) {
    const time = `<time class="post-date" datetime="${escapeHtml(datePublished)}">${escapeHtml(formatExportDate(datePublished, lang))}</time>`;
    parts.push(`<p class="post-meta">${time}</p>`);
  }
  if (description) parts.push(`<p class="post-description">${escapeHtml(description)}</p>`);
  if (keywords.length > 0) {
    const tags = keywords.map((tag) => `<li class="post-tag">${escapeHtml(tag)}</li>`).join("");
    parts.push(`<ul class="post-tags">${tags}</ul>`);
  }
  return parts.length === 0 ? "" : `<header class="post-header">\n${parts.join("\n")}\n</header>\n`;
}
