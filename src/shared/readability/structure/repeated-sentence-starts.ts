/** Yoast's sentence beginnings check: no three or more sentences in a row that start with the same word. */
import type { SentenceSummary } from "../analyze-unit";
import type { SourceRange } from "../prose";
import type { StructureCheck, StructureUnit } from "./structure-check";

/** This many sentences in a row starting alike is a problem. */
export const REPEATED_STARTS = 3;

/** Runs of consecutive sentences with the same first word; a heading breaks a run. */
function repeatedRuns(units: readonly StructureUnit[]): SourceRange[] {
  // Sentences in order, with null where a heading breaks the flow.
  const flow = units.flatMap((unit): (SentenceSummary | null)[] => (unit.kind === "heading" ? [null] : [...unit.sentences]));
  const runs: SourceRange[] = [];
  let start = 0;
  for (let i = 1; i <= flow.length; i++) {
    const first = flow[start];
    const current = flow[i];
    if (first && current && current.firstWord === first.firstWord && first.firstWord !== "") continue;
    const last = flow[i - 1];
    if (first && last && i - start >= REPEATED_STARTS) runs.push({ from: first.from, to: last.to });
    start = i;
  }
  return runs;
}

export function checkRepeatedSentenceStarts(units: readonly StructureUnit[]): StructureCheck {
  const runs = repeatedRuns(units);
  return {
    id: "repeated-sentence-starts",
    status: runs.length === 0 ? "pass" : "fail",
    message:
      runs.length === 0
        ? `No ${REPEATED_STARTS} sentences in a row start with the same word.`
        : `${runs.length} ${runs.length === 1 ? "place has" : "places have"} ${REPEATED_STARTS} or more sentences in a row starting with the same word: vary them.`,
    value: runs.length,
    ranges: runs,
  };
}
