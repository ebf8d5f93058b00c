/** Helpers the keyword tests share: build a post from parts, and read one check of its report. */
import { keywordReport, type KeyphraseCheckId, type KeywordCheck, type PostCheckId } from "../../../src/shared/keywords";

/** The parts of a test post; front matter fields are left out when undefined. */
export interface PostParts {
  readonly title?: string;
  readonly description?: string;
  readonly focus?: string;
  readonly slug?: string;
  readonly body: string;
}

/** A post's text: YAML front matter (only the fields given) and the body. */
export function postText(parts: PostParts): string {
  const fields: [string, string | undefined][] = [
    ["title", parts.title],
    ["description", parts.description],
    ["focus_keyphrase", parts.focus],
    ["slug", parts.slug],
  ];
  const lines = fields.flatMap(([key, value]) => (value === undefined ? [] : [`${key}: ${JSON.stringify(value)}`]));
  return lines.length === 0 ? parts.body : `---\n${lines.join("\n")}\n---\n\n${parts.body}`;
}

/** A sentence of exactly ten words that mentions no test keyphrase. */
export const FILLER = "Plain filler words keep this sample sentence at ten words.";

/** A sentence of exactly ten words that mentions "exosome research" once. */
export const MENTION = "Exosome research is what this sample sentence talks about today.";

/** `count` copies of a sentence, joined by spaces. */
export function sentences(sentence: string, count: number): string {
  return Array.from({ length: count }, () => sentence).join(" ");
}

/** One check of a post's report: a focus-keyphrase check, or a post check. */
export function checkOf(parts: PostParts, id: KeyphraseCheckId | PostCheckId, slug = "a-post"): KeywordCheck {
  const report = keywordReport(postText(parts), { slug });
  const check = [...(report.focus?.checks ?? []), ...report.post].find((candidate) => candidate.id === id);
  if (!check) throw new Error(`no ${id} check in the report`);
  return check;
}
