/** The shape of a keyphrase or post check: an id, a traffic-light status, advice, and where to look. */
import type { SourceRange } from "../readability";

/** Green, orange or red, as Yoast shows them. */
export type KeywordCheckStatus = "good" | "ok" | "bad";

export type KeyphraseCheckId =
  | "keyphrase-in-title"
  | "keyphrase-in-introduction"
  | "keyphrase-in-subheadings"
  | "keyphrase-in-meta-description"
  | "keyphrase-in-slug"
  | "keyphrase-in-image-alt"
  | "keyphrase-density"
  | "keyphrase-distribution"
  | "keyphrase-length"
  | "unique-focus-keyphrase";

export type PostCheckId = "single-h1" | "meta-description-length" | "title-width" | "text-length" | "outbound-links" | "internal-links" | "image-alt-text";

/** The result of one check. */
export interface KeywordCheck {
  readonly id: KeyphraseCheckId | PostCheckId;
  readonly status: KeywordCheckStatus;
  /** What was found and what to aim for, in a writer's words. */
  readonly message: string;
  /** The places to jump to, in source order, when the check points at some. */
  readonly ranges?: readonly SourceRange[];
}
