/** Reads the keyword fields of front matter: `focus_keyphrase` (text) and `keywords` (a list, or text split at commas). */
import { textField } from "../post/fields";
import type { FrontMatterData } from "../post/front-matter";

/** The writer's chosen keyphrases. */
export interface KeywordFields {
  readonly focusKeyphrase: string | null;
  readonly keywords: readonly string[];
}

/** The keyword fields of parsed front matter (null when the post has none). */
export function readKeywordFields(frontMatter: FrontMatterData | null): KeywordFields {
  const data = frontMatter?.data ?? {};
  const keywords = Array.isArray(data.keywords) ? data.keywords.map(textField) : (textField(data.keywords)?.split(",") ?? []).map(textField);
  return { focusKeyphrase: textField(data.focus_keyphrase), keywords: keywords.filter((keyword): keyword is string => keyword !== null) };
}
