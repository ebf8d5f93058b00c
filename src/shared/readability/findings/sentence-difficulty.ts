/**
 * Hard and very hard sentences, as Hemingway marks them: a sentence of at least 14 words whose
 * own grade is 10 or more (beyond a high-school sophomore) is hard; 14 or more (college) very hard.
 * Shorter sentences are left alone: one long word makes a short sentence's grade swing wildly.
 */
import { NO_COUNTS } from "../counts";
import type { AnalyzedSentence } from "../analyzed-sentence";
import type { UnitFinding } from "../finding";

/** Sentences shorter than this are never marked. */
export const MIN_WORDS_FOR_HARD_SENTENCE = 14;
/** Grade from which a sentence is hard. */
export const HARD_SENTENCE_GRADE = 10;
/** Grade from which a sentence is very hard. */
export const VERY_HARD_SENTENCE_GRADE = 14;

/** Marks the sentence when it is hard or very hard. */
export function findSentenceDifficulty(sentence: AnalyzedSentence): UnitFinding[] {
  const { grade, counts } = sentence;
  if (counts.words < MIN_WORDS_FOR_HARD_SENTENCE || !(grade >= HARD_SENTENCE_GRADE)) return [];
  const veryHard = grade >= VERY_HARD_SENTENCE_GRADE;
  const rounded = Math.round(grade);
  return [
    {
      kind: veryHard ? "very-hard-sentence" : "hard-sentence",
      from: sentence.from,
      to: sentence.to,
      grade,
      message: veryHard
        ? `Very hard to read (grade ${rounded}): split it, and cut or swap its long words.`
        : `Hard to read (grade ${rounded}): shorten it or split it in two.`,
      // Its impact is weighed by its grade and length (fix-first.ts), the rewrite is the writer's.
      fix: { remove: counts, add: NO_COUNTS },
    },
  ];
}
