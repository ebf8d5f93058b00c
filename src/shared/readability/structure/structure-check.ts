/** The shape of a Yoast-style structure check and of the post summary the checks read. */
import type { SentenceSummary } from "../analyze-unit";
import type { ProseUnitKind, SourceRange } from "../prose";

/** Pass (green), warn (orange) or fail (red), as Yoast shows them. */
export type CheckStatus = "pass" | "warn" | "fail";

export type StructureCheckId =
  | "long-sentences"
  | "long-paragraphs"
  | "subheading-distribution"
  | "passive-share"
  | "transition-share"
  | "repeated-sentence-starts";

/** The result of one structure check. */
export interface StructureCheck {
  readonly id: StructureCheckId;
  readonly status: CheckStatus;
  /** What was found and what to aim for, in a writer's words. */
  readonly message: string;
  /** The measured figure: a share from 0 to 1, or a count of places. */
  readonly value: number;
  /** The places to jump to, in source order (empty when there is nothing to fix). */
  readonly ranges: readonly SourceRange[];
}

/** A unit as the checks see it: source offsets, kind, word count and sentence summaries. */
export interface StructureUnit extends SourceRange {
  readonly kind: ProseUnitKind;
  readonly words: number;
  readonly sentences: readonly SentenceSummary[];
}

/** The sentences of the running prose (headings are labels, not sentences). */
export function proseSentences(units: readonly StructureUnit[]): SentenceSummary[] {
  return units.filter((unit) => unit.kind !== "heading").flatMap((unit) => unit.sentences);
}

/** A share as a whole percentage for messages. */
export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}
