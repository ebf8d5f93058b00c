/**
 * The standalone HTML page of an exported post: metadata for search engines and social cards
 * (title, description, keywords, canonical URL, Open Graph, Twitter card, JSON-LD BlogPosting),
 * the theme embedded, and a Content-Security-Policy that lets nothing run or load but the post's
 * own images and allowed video players. No script at all: JSON-LD is data that browsers never run.
 */
import type { ExportMetadata } from "./export-metadata";
import { escapeHtml, jsonForScriptElement } from "./html-text";
import { buildPageShell } from "./page-shell";
import { renderPostHeaderHtml } from "./post-header-html";

/** Written into every export, so a later export knows which files it may overwrite. */
export const EXPORT_GENERATOR = "Clearpost";

function meta(attribute: "name" | "property", key: string, content: string | null): string {
  return content === null || content === "" ? "" : `<meta ${attribute}="${key}" content="${escapeHtml(content)}">\n`;
}

/** Open Graph's locale is `en_US`; only a language with a region has one. */
function openGraphLocale(lang: string): string | null {
  const [language, region] = lang.split("-");
  return language && region && /^[a-zA-Z]{2}$/.test(region) ? `${language.toLowerCase()}_${region.toUpperCase()}` : null;
}

/** schema.org BlogPosting for search engines; fields the post does not have are left out. */
function blogPosting(metadata: ExportMetadata): Record<string, unknown> {
  const posting: Record<string, unknown> = { "@context": "https://schema.org", "@type": "BlogPosting", headline: metadata.title };
  if (metadata.description) posting.description = metadata.description;
  if (metadata.datePublished) posting.datePublished = metadata.datePublished;
  const modified = metadata.dateModified ?? metadata.datePublished;
  if (modified) posting.dateModified = modified;
  if (metadata.author) posting.author = { "@type": "Person", name: metadata.author };
  if (metadata.keywords.length > 0) posting.keywords = metadata.keywords.join(", ");
  if (metadata.image) posting.image = metadata.image;
  if (metadata.canonicalUrl) posting.mainEntityOfPage = { "@type": "WebPage", "@id": metadata.canonicalUrl };
  posting.inLanguage = metadata.lang;
  return posting;
}

/** The `<head>` lines that describe the post. */
function headMetadata(metadata: ExportMetadata): string {
  const { title, description, keywords, canonicalUrl, image, author, datePublished, dateModified, lang } = metadata;
  return [
    meta("name", "description", description),
    meta("name", "keywords", keywords.join(", ")),
    meta("name", "author", author),
    meta("name", "generator", EXPORT_GENERATOR),
    canonicalUrl ? `<link rel="canonical" href="${escapeHtml(canonicalUrl)}">\n` : "",
    meta("property", "og:type", "article"),
    meta("property", "og:title", title),
    meta("property", "og:description", description),
    meta("property", "og:url", canonicalUrl),
    meta("property", "og:image", image),
    meta("property", "og:locale", openGraphLocale(lang)),
    meta("property", "article:published_time", datePublished),
    meta("property", "article:modified_time", dateModified),
    ...keywords.map((tag) => meta("property", "article:tag", tag)),
    meta("name", "twitter:card", image ? "summary_large_image" : "summary"),
    meta("name", "twitter:title", title),
    meta("name", "twitter:description", description),
    meta("name", "twitter:image", image),
    `<script type="application/ld+json">\n${jsonForScriptElement(blogPosting(metadata))}\n</script>\n`,
  ].join("");
}

/** What the page is made of. */
export interface ExportDocumentParts {
  readonly metadata: ExportMetadata;
  /** The post's body, already through the shared sanitizing policy. */
  readonly bodyHtml: string;
  /** The theme: embedded as the page's only style sheet. */
  readonly css: string;
}

/** The whole page as text. */
export function buildExportDocument({ metadata, bodyHtml, css }: ExportDocumentParts): string {
  return buildPageShell({
    lang: metadata.lang,
    title: metadata.title,
    head: headMetadata(metadata),
    css,
    main: `<article class="post">
${renderPostHeaderHtml(metadata)}<div class="post-body">
${bodyHtml}</div>
</article>
`,
  });
}
