/** Yoast's subheading distribution check: no stretch of more than 300 words without a subheading (over 350 is a problem). */
import type { SourceRange } from "../prose";
import type { StructureCheck, StructureUnit } from "./structure-check";

/** A stretch of text longer than this needs a subheading. */
export const WORDS_PER_SUBHEADING = 300;
const FAR_TOO_MANY_WORDS = 350;

interface Section extends SourceRange {
  readonly words: number;
}

/** The stretches of prose between headings (and before the first one). */
function sections(units: readonly StructureUnit[]): Section[] {
  const result: Section[] = [];
  let current: Section | null = null;
  for (const unit of units) {
    if (unit.kind === "heading") {
      if (current) result.push(current);
      current = null;
    } else {
      current = current ? { from: current.from, to: unit.to, words: current.words + unit.words } : { from: unit.from, to: unit.to, words: unit.words };
    }
  }
  if (current) result.push(current);
  return result;
}

export function checkSubheadingDistribution(units: readonly StructureUnit[]): StructureCheck {
  const long = sections(units).filter((section) => section.words > WORDS_PER_SUBHEADING);
  const status = long.length === 0 ? "pass" : long.some((section) => section.words > FAR_TOO_MANY_WORDS) ? "fail" : "warn";
  return {
    id: "subheading-distribution",
    status,
    message:
      long.length === 0
        ? `No stretch of text runs over ${WORDS_PER_SUBHEADING} words without a subheading.`
        : `${long.length} ${long.length === 1 ? "stretch runs" : "stretches run"} over ${WORDS_PER_SUBHEADING} words without a subheading: add one.`,
    value: long.length,
    ranges: long.map(({ from, to }) => ({ from, to })),
  };
}
