/** Yoast's passive voice check: at most 10 % of sentences in the passive (over 15 % is a problem). */
import { percent, proseSentences, type StructureCheck, type StructureUnit } from "./structure-check";

export function checkPassiveShare(units: readonly StructureUnit[]): StructureCheck {
  const sentences = proseSentences(units);
  const passive = sentences.filter((sentence) => sentence.hasPassive);
  const share = sentences.length === 0 ? 0 : passive.length / sentences.length;
  const status = share <= 0.1 ? "pass" : share <= 0.15 ? "warn" : "fail";
  return {
    id: "passive-share",
    status,
    message: `${percent(share)} of sentences use the passive voice (aim for at most 10%).`,
    value: share,
    ranges: status === "pass" ? [] : passive.map(({ from, to }) => ({ from, to })),
  };
}
