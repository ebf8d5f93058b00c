/**
 * What an exported page says about its post, read from the front matter with the names blog
 * engines use (Jekyll, Hugo, Eleventy, Ghost): title, description, tags, canonical URL, language,
 * dates, author and cover image. Missing fields fall back sensibly; nothing is invented.
 */
import type { FrontMatterData } from "../post/front-matter";
import { fileStem, firstHeading, readPostHeader } from "../post/fields";

/** The metadata of one exported post. */
export interface ExportMetadata {
  /** Front matter `title`, else the body's first `# heading`, else the file name. */
  readonly title: string;
  /** True when `title` came from the front matter, so the page header shows it as the H1. */
  readonly titleInFrontMatter: boolean;
  readonly description: string | null;
  /** `tags` or `keywords`. */
  readonly keywords: readonly string[];
  /** An absolute http(s) URL, or null. */
  readonly canonicalUrl: string | null;
  /** A BCP 47 language tag: front matter `lang` or `language`, else "en". */
  readonly lang: string;
  /** `date` as written (an ISO date where the YAML had a date). */
  readonly datePublished: string | null;
  /** `updated`, `lastmod`, `modified` or `date_modified`, else null. */
  readonly dateModified: string | null;
  readonly author: string | null;
  /** An absolute http(s) URL for social cards (a relative one is resolved against the canonical URL), or null. */
  readonly image: string | null;
}

const LANGUAGE_TAG = /^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*$/;
const ABSOLUTE_WEB_URL = /^https?:\/\/[^\s/?#]+[^\s]*$/i;

function text(value: unknown): string | null {
  if (typeof value === "string" && value.trim() !== "") return value.trim();
  if (typeof value === "number") return String(value);
  return null;
}

function firstText(data: Readonly<Record<string, unknown>>, keys: readonly string[]): string | null {
  for (const key of keys) {
    const value = text(data[key]);
    if (value !== null) return value;
  }
  return null;
}

/** YAML dates parse to Date objects: midnight UTC is a calendar date, anything else a full timestamp. */
function dateText(value: unknown): string | null {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return null;
    const iso = value.toISOString();
    return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso.replace(".000Z", "Z");
  }
  return text(value);
}

function firstDate(data: Readonly<Record<string, unknown>>, keys: readonly string[]): string | null {
  for (const key of keys) {
    const value = dateText(data[key]);
    if (value !== null) return value;
  }
  return null;
}

function authorName(value: unknown): string | null {
  if (Array.isArray(value)) return value.map(authorName).filter((name): name is string => name !== null).join(", ") || null;
  if (typeof value === "object" && value !== null) return text((value as Record<string, unknown>).name);
  return text(value);
}

function webUrl(value: string | null): string | null {
  return value !== null && ABSOLUTE_WEB_URL.test(value) ? value : null;
}

/**
 * `image` as an absolute URL: as it is when absolute; `/cover.jpg` against the canonical URL's
 * site and `cover.jpg` against its folder; null when there is nothing to resolve it against.
 */
function imageUrl(image: string | null, canonicalUrl: string | null): string | null {
  if (image === null || webUrl(image)) return image;
  if (canonicalUrl === null || /^[a-z][a-z0-9+.-]*:|^\/\/|[\s\\]/i.test(image)) return null;
  const base = canonicalUrl.replace(/[?#].*$/, "");
  const site = /^https?:\/\/[^/]+/i.exec(base)?.[0] ?? base;
  if (image.startsWith("/")) return `${site}${image}`;
  const folder = base.length > site.length ? base.slice(0, base.lastIndexOf("/") + 1) : `${site}/`;
  return `${folder}${image.replace(/^\.\//, "")}`;
}

/** The front matter's cover image as written (`image`, `cover` …), whatever it is relative to; null when none. */
export function frontMatterImage(data: Readonly<Record<string, unknown>>): string | null {
  return firstText(data, ["image", "cover_image", "cover", "og_image", "featured_image"]);
}

/** The front matter's `lang` (or `language`) when it is a language tag; null otherwise. */
export function frontMatterLanguage(data: Readonly<Record<string, unknown>>): string | null {
  const lang = firstText(data, ["lang", "language"]);
  return lang !== null && LANGUAGE_TAG.test(lang) ? lang : null;
}

/** The metadata of the post `id` (for the file-name fallback) with `frontMatter` and `body`. */
export function readExportMetadata(frontMatter: FrontMatterData | null, body: string, id: string): ExportMetadata {
  const data = frontMatter?.data ?? {};
  const header = readPostHeader(frontMatter);
  const canonicalUrl = webUrl(firstText(data, ["canonical_url", "canonicalUrl", "canonical"]));
  return {
    title: header.title ?? firstHeading(body) ?? fileStem(id),
    titleInFrontMatter: header.title !== null,
    description: header.description ?? firstText(data, ["summary", "excerpt"]),
    keywords: header.tags,
    canonicalUrl,
    lang: frontMatterLanguage(data) ?? "en",
    datePublished: firstDate(data, ["date", "published", "date_published"]),
    dateModified: firstDate(data, ["updated", "lastmod", "modified", "date_modified", "last_modified_at"]),
    author: authorName(data.author ?? data.authors),
    image: imageUrl(frontMatterImage(data), canonicalUrl),
  };
}
