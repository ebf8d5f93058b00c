/** What the checker tells a writer about a place in the post: a kind, a source range and advice. */
import type { ReadabilityCounts } from "./counts";
import type { SourceRange } from "./prose";

/** The kinds of marks, one rule each. */
export type FindingKind =
  | "hard-sentence"
  | "very-hard-sentence"
  | "adverb"
  | "passive-voice"
  | "plain-alternative"
  | "jargon"
  | "undefined-acronym";

/** A mark on the post, with its exact source range. */
export interface Finding extends SourceRange {
  readonly kind: FindingKind;
  /** Why it is marked and what to do, in a writer's words. */
  readonly message: string;
  /** A replacement to offer, when there is one. */
  readonly suggestion?: string;
  /** The sentence's own grade, for hard and very hard sentences. */
  readonly grade?: number;
  /** How many grades the post's headline grade would drop if this were fixed (0 when it would not). */
  readonly gradeImpact: number;
}

/**
 * A finding as a unit's rules produce it: offsets relative to the unit, and the counts a fix
 * would take out and put in, so its grade impact can be measured against the whole post later.
 */
export interface UnitFinding extends Omit<Finding, "gradeImpact"> {
  readonly fix: { readonly remove: ReadabilityCounts; readonly add: ReadabilityCounts };
}
