/**
 * What a search result and a social card would show for the post: its title and description
 * cut where search engines cut them (measured with the same Arial width table as the title
 * check, so the app and the command line agree), the address as a breadcrumb, and the card image.
 */
import { frontMatterImage, readExportMetadata } from "../export/export-metadata";
import type { SplitPost } from "../post/front-matter";
import { textField } from "../post/fields";
import { TITLE_WIDTH_PX } from "./checks/title-width";
import { TITLE_FONT_SIZE_PX, titleWidth } from "./title-pixel-width";

/** Search results set descriptions in Arial at 14 px and cut them near 920 px (about 155 characters). */
export const DESCRIPTION_WIDTH = { fontSizePx: 14, maxPx: 920 } as const;

const ELLIPSIS = " …";

/** The search result and social card of a post. */
export interface SearchPreview {
  /** The title as a search result shows it, cut with "…" when too wide. */
  readonly title: string;
  /** The title before cutting (the social card shows it whole). */
  readonly fullTitle: string;
  /** `site › path › slug`: the canonical URL's when the post has one, else the slug under "your site". */
  readonly breadcrumb: string;
  /** The description as a search result shows it, cut when too long; null when the post has no text at all. */
  readonly description: string | null;
  /** The description before cutting. */
  readonly fullDescription: string | null;
  /** True when there is no meta description and search engines would pick text from the page (the first paragraph here). */
  readonly descriptionFromText: boolean;
  /** The social card image as written in front matter (`image`, `cover` …): a web address or a path from the post's folder. */
  readonly image: string | null;
  /** The site's host for the card, or null without a canonical URL. */
  readonly site: string | null;
}

/** The longest start of `text` (cut between words) that, with the ellipsis, fits in `maxPx`; `text` itself when it fits. */
export function cutToWidth(text: string, maxPx: number, fontSizePx: number): string {
  if (titleWidth(text, fontSizePx) <= maxPx) return text;
  const words = text.split(/(?<=\s)/);
  let kept = "";
  for (const word of words) {
    if (titleWidth(`${kept}${word}`.trimEnd() + ELLIPSIS, fontSizePx) > maxPx) break;
    kept += word;
  }
  // A first word wider than the space is cut between letters.
  if (kept.trim() === "") {
    for (const char of text) {
      if (titleWidth(`${kept}${char}${ELLIPSIS}`, fontSizePx) > maxPx) break;
      kept += char;
    }
  }
  return `${kept.trimEnd()}${ELLIPSIS}`;
}

function breadcrumb(canonicalUrl: string | null, slug: string): { breadcrumb: string; site: string | null } {
  if (canonicalUrl === null) return { breadcrumb: `your site › ${slug}`, site: null };
  // The shared layer has no URL class; canonical URLs are already checked to be absolute http(s).
  const [, host = "", pathname = ""] = /^[a-z]+:\/\/([^/?#]+)([^?#]*)/i.exec(canonicalUrl) ?? [];
  const site = host.toLowerCase().replace(/^www\./, "");
  const segments = pathname.split("/").filter(Boolean).map((segment) => {
    try {
      return decodeURIComponent(segment);
    } catch {
      return segment;
    }
  });
  return { breadcrumb: [site, ...segments].join(" › "), site };
}

/** Prose-block text (links, code and tags already masked) without the emphasis markers a reader never sees. */
function plainText(prose: string): string {
  return prose
    .replace(/\*+|~~/g, "")
    .replace(/(?<![\p{L}\p{N}])_+|_+(?![\p{L}\p{N}])/gu, "")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * The preview of `post`, whose file name without extension is `fileSlug`; `firstParagraph` is
 * the text search engines fall back to for a description.
 */
export function readSearchPreview(post: SplitPost, fileSlug: string, firstParagraph: string | null): SearchPreview {
  const metadata = readExportMetadata(post.frontMatter, post.body, fileSlug);
  const slug = textField(post.frontMatter?.data.slug) ?? fileSlug;
  const fallback = (firstParagraph === null ? "" : plainText(firstParagraph)) || null;
  const fullDescription = metadata.description ?? fallback;
  return {
    title: cutToWidth(metadata.title, TITLE_WIDTH_PX.max, TITLE_FONT_SIZE_PX),
    fullTitle: metadata.title,
    ...breadcrumb(metadata.canonicalUrl, slug),
    description: fullDescription === null ? null : cutToWidth(fullDescription, DESCRIPTION_WIDTH.maxPx, DESCRIPTION_WIDTH.fontSizePx),
    fullDescription,
    descriptionFromText: metadata.description === null && fallback !== null,
    image: frontMatterImage(post.frontMatter?.data ?? {}),
  };
}
