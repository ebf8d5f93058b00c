/** Yoast's paragraph length check: no paragraph over 150 words (over 200 is a problem). */
import type { StructureCheck, StructureUnit } from "./structure-check";

/** Paragraphs longer than this are long. */
export const LONG_PARAGRAPH_WORDS = 150;
const VERY_LONG_PARAGRAPH_WORDS = 200;

export function checkLongParagraphs(units: readonly StructureUnit[]): StructureCheck {
  const long = units.filter((unit) => unit.kind !== "heading" && unit.words > LONG_PARAGRAPH_WORDS);
  const status = long.length === 0 ? "pass" : long.some((unit) => unit.words > VERY_LONG_PARAGRAPH_WORDS) ? "fail" : "warn";
  return {
    id: "long-paragraphs",
    status,
    message:
      long.length === 0
        ? `No paragraph is over ${LONG_PARAGRAPH_WORDS} words.`
        : `${long.length} ${long.length === 1 ? "paragraph is" : "paragraphs are"} over ${LONG_PARAGRAPH_WORDS} words: split ${long.length === 1 ? "it" : "them"}.`,
    value: long.length,
    ranges: long.map(({ from, to }) => ({ from, to })),
  };
}
