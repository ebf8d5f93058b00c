/** A sentence with what the rules need: its words' counts, its own grade and how it opens. */
import type { ReadabilityCounts } from "./counts";
import type { ProseSentence } from "./prose";

/** A sentence of a unit, offsets relative to the unit. */
export interface AnalyzedSentence extends ProseSentence {
  /** Each word's counts, in the order of `words`. */
  readonly wordCounts: readonly ReadabilityCounts[];
  /** The sentence's counts (sentences: 1). */
  readonly counts: ReadabilityCounts;
  /** The headline grade of this sentence alone. */
  readonly grade: number;
  /** Its words, lower-case, with curly apostrophes made straight. */
  readonly lowerWords: readonly string[];
}
