/**
 * The keyword engine with a memory: each unit's words (stems, classes, phrase spans) are kept,
 * keyed by the unit's kind and text, so after a keystroke only the changed paragraph is read
 * again. The cache holds the last post's units only, as the readability analyzer's does.
 */
import { findBodyProseBlocks } from "../readability";
import { gatherStatistics, type PlacedUnitWords } from "./document-statistics";
import { readKeywordFields } from "./keyword-fields";
import { assembleKeywordReport, type KeywordReport, type KeywordReportOptions } from "./keyword-report";
import { readPostOutline } from "./post-outline";
import { rankSuggestions, type KeywordSuggestion } from "./rank-suggestions";
import { readSearchPreview } from "./search-preview";
import { readUnitWords, type UnitWords } from "./unit-words";
import { splitPost, type SplitPost } from "../post/front-matter";
import { readPostHeader } from "../post/fields";

/** Suggestions given unless a caller asks for another number. */
export const DEFAULT_SUGGESTION_LIMIT = 10;

/** How many suggestions to return. */
export interface SuggestOptions {
  /** Default 10. */
  readonly limit?: number;
}

/** A keyword engine that remembers the units of the last post it read. */
export interface KeywordAnalyzer {
  /** The phrases `text` (a whole post, front matter included) is most about, best first. */
  suggest(text: string, options?: SuggestOptions): KeywordSuggestion[];
  /** Suggestions, the focus keyphrase's and keywords' checklists, and the post checks. */
  report(text: string, options: KeywordReportOptions): KeywordReport;
}

/** Stems of a title's content words. */
function titleStems(title: string | null): Set<string> {
  if (title === null) return new Set();
  return new Set(readUnitWords({ kind: "heading", text: title }).sentences.flatMap((sentence) => sentence.contentStems));
}

/** An analyzer with an empty per-unit cache; keep one per open post (the worker does). */
export function createKeywordAnalyzer(): KeywordAnalyzer {
  let cache = new Map<string, UnitWords>();

  /** The post's units, and the first paragraph's text (search engines' fallback description). */
  function readUnits(post: SplitPost): { units: PlacedUnitWords[]; firstParagraph: string | null } {
    const next = new Map<string, UnitWords>();
    let firstParagraph: string | null = null;
    const units = findBodyProseBlocks(post.body, post.bodyOffset).map((block) => {
      if (firstParagraph === null && block.kind === "paragraph") firstParagraph = block.text;
      const key = `${block.kind}\n${block.text}`;
      const words = next.get(key) ?? cache.get(key) ?? readUnitWords(block);
      next.set(key, words);
      return { words, from: block.from };
    });
    cache = next;
    return { units, firstParagraph };
  }

  function suggestFrom(post: SplitPost, units: readonly PlacedUnitWords[], limit: number | undefined): KeywordSuggestion[] {
    return rankSuggestions(gatherStatistics(units), titleStems(readPostHeader(post.frontMatter).title), limit ?? DEFAULT_SUGGESTION_LIMIT);
  }

  return {
    suggest(text, options = {}) {
      const post = splitPost(text);
      return suggestFrom(post, readUnits(post).units, options.limit);
    },
    report(text, options) {
      const post = splitPost(text);
      const { units, firstParagraph } = readUnits(post);
      const fields = readKeywordFields(post.frontMatter);
      // A blank keyphrase is no keyphrase.
      const chosen = { focusKeyphrase: (options.focusKeyphrase ?? fields.focusKeyphrase)?.trim() || null, keywords: options.keywords ?? fields.keywords };
      const preview = readSearchPreview(post, options.slug, firstParagraph);
      return assembleKeywordReport(readPostOutline(post, units, options.slug), suggestFrom(post, units, options.limit), chosen, options, preview);
    },
  };
}

/** The phrases a post is most about, best first, without keeping anything (the command line's way). */
export function suggestKeywords(text: string, options: SuggestOptions = {}): KeywordSuggestion[] {
  return createKeywordAnalyzer().suggest(text, options);
}

/** The keyword report of one post, without keeping anything (the command line's way). */
export function keywordReport(text: string, options: KeywordReportOptions): KeywordReport {
  return createKeywordAnalyzer().report(text, options);
}
