/** Yoast's sentence length check: at most 25 % of sentences over 20 words (over 30 % is a problem). */
import { percent, proseSentences, type StructureCheck, type StructureUnit } from "./structure-check";

/** Sentences longer than this are long. */
export const LONG_SENTENCE_WORDS = 20;

export function checkLongSentences(units: readonly StructureUnit[]): StructureCheck {
  const sentences = proseSentences(units);
  const long = sentences.filter((sentence) => sentence.words > LONG_SENTENCE_WORDS);
  const share = sentences.length === 0 ? 0 : long.length / sentences.length;
  const status = share <= 0.25 ? "pass" : share <= 0.3 ? "warn" : "fail";
  return {
    id: "long-sentences",
    status,
    message: `${percent(share)} of sentences have more than ${LONG_SENTENCE_WORDS} words (aim for at most 25%).`,
    value: share,
    ranges: status === "pass" ? [] : long.map(({ from, to }) => ({ from, to })),
  };
}
