/** Puts the checks together: every keyphrase check for the focus keyphrase and each keyword, and the post checks. */
import { checkImageAltText } from "./checks/image-alt-text";
import { checkKeyphraseDensity } from "./checks/keyphrase-density";
import { checkKeyphraseDistribution } from "./checks/keyphrase-distribution";
import { checkKeyphraseInImageAlt } from "./checks/keyphrase-in-image-alt";
import { checkKeyphraseInIntroduction } from "./checks/keyphrase-in-introduction";
import { checkKeyphraseInMetaDescription } from "./checks/keyphrase-in-meta-description";
import { checkKeyphraseInSlug } from "./checks/keyphrase-in-slug";
import { checkKeyphraseInSubheadings } from "./checks/keyphrase-in-subheadings";
import { checkKeyphraseInTitle } from "./checks/keyphrase-in-title";
import { checkKeyphraseLength } from "./checks/keyphrase-length";
import { checkInternalLinks, checkOutboundLinks } from "./checks/links";
import { checkMetaDescriptionLength } from "./checks/meta-description-length";
import { checkSingleH1 } from "./checks/single-h1";
import { checkTextLength } from "./checks/text-length";
import { checkTitleWidth } from "./checks/title-width";
import { checkUniqueFocusKeyphrase } from "./checks/unique-focus-keyphrase";
import { readKeyphrase, type Keyphrase } from "./keyphrase";
import type { KeywordCheck } from "./keyword-check";
import type { PostOutline } from "./post-outline";
import type { KeywordSuggestion } from "./rank-suggestions";
import type { SearchPreview } from "./search-preview";

/** A keyphrase and its checklist. */
export interface KeyphraseReport {
  readonly phrase: string;
  readonly checks: readonly KeywordCheck[];
}

/** Everything the Keywords panel and `clearpost check` show. */
export interface KeywordReport {
  /** Best first. */
  readonly suggestions: readonly KeywordSuggestion[];
  /** The focus keyphrase's checklist, or null when none is set. */
  readonly focus: KeyphraseReport | null;
  /** A checklist per entry of front matter `keywords`. */
  readonly keywords: readonly KeyphraseReport[];
  readonly post: readonly KeywordCheck[];
  /** The search result and social card the post would make. */
  readonly preview: SearchPreview;
}

/** Another post's focus keyphrase, for the duplicate check. */
export interface OtherFocusKeyphrase {
  readonly id: string;
  readonly focusKeyphrase: string;
}

/** How to check a post. */
export interface KeywordReportOptions {
  /** The post's slug when front matter has no `slug`: its file name without the extension. */
  readonly slug: string;
  /** Overrides front matter `focus_keyphrase`. */
  readonly focusKeyphrase?: string;
  /** Overrides front matter `keywords`. */
  readonly keywords?: readonly string[];
  /** The writer's site address, so absolute links to it count as internal. */
  readonly siteUrl?: string;
  /** Other posts' focus keyphrases (the Node side keeps them); adds the duplicate check. */
  readonly otherFocusKeyphrases?: readonly OtherFocusKeyphrase[];
  /** How many suggestions (default 10). */
  readonly limit?: number;
}

/** The checklist of one keyphrase, in the order a writer works through it. */
export function checkKeyphrase(keyphrase: Keyphrase, outline: PostOutline): KeywordCheck[] {
  return [
    checkKeyphraseLength(keyphrase),
    checkKeyphraseInTitle(keyphrase, outline),
    checkKeyphraseInIntroduction(keyphrase, outline),
    checkKeyphraseInMetaDescription(keyphrase, outline),
    checkKeyphraseInSlug(keyphrase, outline),
    checkKeyphraseInSubheadings(keyphrase, outline),
    checkKeyphraseDensity(keyphrase, outline),
    checkKeyphraseDistribution(keyphrase, outline),
    checkKeyphraseInImageAlt(keyphrase, outline),
  ];
}

/** The checks of the post as a whole. */
export function checkPost(outline: PostOutline, siteUrl?: string): KeywordCheck[] {
  return [
    checkSingleH1(outline),
    checkTitleWidth(outline),
    checkMetaDescriptionLength(outline),
    checkTextLength(outline),
    checkOutboundLinks(outline, siteUrl),
    checkInternalLinks(outline, siteUrl),
    checkImageAltText(outline),
  ];
}

/** The focus keyphrase's checklist, with the duplicate check when other posts are known. */
function focusReport(phrase: string, outline: PostOutline, others: readonly OtherFocusKeyphrase[] | undefined): KeyphraseReport {
  const keyphrase = readKeyphrase(phrase);
  const checks = checkKeyphrase(keyphrase, outline);
  if (others) checks.push(checkUniqueFocusKeyphrase(keyphrase, others.map((other) => ({ id: other.id, keyphrase: readKeyphrase(other.focusKeyphrase) }))));
  return { phrase: keyphrase.phrase, checks };
}

/** The report from its parts: the outline, the suggestions and the keyphrases to check. */
export function assembleKeywordReport(
  outline: PostOutline,
  suggestions: readonly KeywordSuggestion[],
  chosen: { readonly focusKeyphrase: string | null; readonly keywords: readonly string[] },
  options: KeywordReportOptions,
  preview: SearchPreview,
): KeywordReport {
  return {
    preview,
    suggestions,
    focus: chosen.focusKeyphrase === null ? null : focusReport(chosen.focusKeyphrase, outline, options.otherFocusKeyphrases),
    keywords: chosen.keywords.map((phrase) => {
      const keyphrase = readKeyphrase(phrase);
      return { phrase: keyphrase.phrase, checks: checkKeyphrase(keyphrase, outline) };
    }),
    post: checkPost(outline, options.siteUrl),
  };
}
