/** The keyword engine's public surface: suggestions, keyphrase and post checks, title width, related posts. */
export { createKeywordAnalyzer, DEFAULT_SUGGESTION_LIMIT, keywordReport, suggestKeywords, type KeywordAnalyzer, type SuggestOptions } from "./keyword-analyzer";
export type { KeywordSuggestion, SuggestionPlaces } from "./rank-suggestions";
export {
  assembleKeywordReport,
  checkKeyphrase,
  checkPost,
  type KeyphraseReport,
  type KeywordReport,
  type KeywordReportOptions,
  type OtherFocusKeyphrase,
} from "./keyword-report";
export type { KeyphraseCheckId, KeywordCheck, KeywordCheckStatus, PostCheckId } from "./keyword-check";
export { readKeyphrase, type Keyphrase } from "./keyphrase";
export { readKeywordFields, type KeywordFields } from "./keyword-fields";
export { readPostOutline, type OutlineSentence, type OutlineUnit, type PostOutline } from "./post-outline";
export { checkUniqueFocusKeyphrase, type OtherPostKeyphrase } from "./checks/unique-focus-keyphrase";
export { KEYPHRASE_DENSITY } from "./checks/keyphrase-density";
export { LONGEST_GAP_SHARE } from "./checks/keyphrase-distribution";
export { SUBHEADING_SHARE } from "./checks/keyphrase-in-subheadings";
export { ALT_SHARE, MANY_IMAGES } from "./checks/keyphrase-in-image-alt";
export { MAX_DESCRIPTION_MENTIONS } from "./checks/keyphrase-in-meta-description";
export { KEYPHRASE_WORDS } from "./checks/keyphrase-length";
export { META_DESCRIPTION_CHARACTERS } from "./checks/meta-description-length";
export { TEXT_WORDS } from "./checks/text-length";
export { TITLE_WIDTH_PX } from "./checks/title-width";
export { linkKind, type LinkKind } from "./checks/link-kind";
export { titleWidth, TITLE_FONT_SIZE_PX } from "./title-pixel-width";
export {
  buildRelatedPostsIndex,
  buildTermVector,
  DEFAULT_RELATED_LIMIT,
  findRelatedPosts,
  relatedPosts,
  type LibraryPost,
  type RelatedPost,
  type RelatedPostsIndex,
  type RelatedPostsOptions,
  type TermVector,
} from "./related-posts";
export { cutToWidth, DESCRIPTION_WIDTH, readSearchPreview, type SearchPreview } from "./search-preview";
