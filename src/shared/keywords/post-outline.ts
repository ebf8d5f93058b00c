/**
 * Everything the keyphrase and post checks read, gathered once per report: the front matter
 * fields, the prose units with heading levels and sentence stems (from the analyzer's cached
 * units), and the images and links of the body.
 */
import type { ProseUnitKind, SourceRange } from "../readability";
import type { PlacedUnitWords } from "./document-statistics";
import { readMarkdownOutline, type OutlineImage, type OutlineLink } from "./markdown-outline";
import type { SplitPost } from "../post/front-matter";
import { firstHeading, readPostHeader, textField } from "../post/fields";

/** A sentence as the checks see it, placed in the post. */
export interface OutlineSentence extends SourceRange {
  readonly contentStems: readonly string[];
  readonly wordCount: number;
}

/** A prose unit placed in the post, with its heading level (null for paragraphs and list items). */
export interface OutlineUnit extends SourceRange {
  readonly kind: ProseUnitKind;
  readonly level: number | null;
  readonly sentences: readonly OutlineSentence[];
}

/** A post as the checks read it. */
export interface PostOutline {
  /**
   * The title search engines show: front matter `title`, else the body's first `# heading`
   * (what the export uses), or null.
   */
  readonly seoTitle: string | null;
  /** Whether the title comes from front matter: the preview and the export then show it as the page's H1. */
  readonly titleInFrontMatter: boolean;
  /** Front matter `description`, or null. */
  readonly description: string | null;
  /** Front matter `slug` when set, else the slug the caller gave (the file name). */
  readonly slug: string;
  readonly units: readonly OutlineUnit[];
  /** Body headings of level 1 (`#`), with their source lines. */
  readonly bodyH1s: readonly SourceRange[];
  readonly images: readonly OutlineImage[];
  readonly links: readonly OutlineLink[];
}

/** Reads a post's outline from its split text and its placed units. */
export function readPostOutline(post: SplitPost, units: readonly PlacedUnitWords[], fileSlug: string): PostOutline {
  const header = readPostHeader(post.frontMatter);
  const markdown = readMarkdownOutline(post.body, post.bodyOffset);
  const levelAt = (from: number): number | null => markdown.headings.find((heading) => from >= heading.from && from <= heading.to)?.level ?? null;
  return {
    seoTitle: header.title ?? firstHeading(post.body),
    titleInFrontMatter: header.title !== null,
    description: header.description,
    slug: textField(post.frontMatter?.data.slug) ?? fileSlug,
    units: units.map(({ words, from }) => ({
      kind: words.kind,
      from: from + (words.sentences[0]?.from ?? 0),
      to: from + (words.sentences[words.sentences.length - 1]?.to ?? 0),
      level: words.kind === "heading" ? levelAt(from) : null,
      sentences: words.sentences.map((sentence) => ({ from: from + sentence.from, to: from + sentence.to, contentStems: sentence.contentStems, wordCount: sentence.wordCount })),
    })),
    bodyH1s: markdown.headings.filter((heading) => heading.level === 1),
    images: markdown.images,
    links: markdown.links,
  };
}
