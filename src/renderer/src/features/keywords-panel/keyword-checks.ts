/** The keyword checks as the shared check list shows them: Yoast's good/ok/bad as pass/warning/fail. */
import type { KeywordCheck, KeywordCheckStatus } from "../../../../shared/keywords";
import type { CheckItem, CheckTone } from "../checks/CheckList";

const TONE: Record<KeywordCheckStatus, CheckTone> = { good: "pass", ok: "warn", bad: "fail" };

export function checkItems(checks: readonly KeywordCheck[]): CheckItem[] {
  return checks.map((check) => ({ id: check.id, tone: TONE[check.status], message: check.message, ranges: check.ranges }));
}

/** "3 to improve" or "All good", for a keyphrase's summary line. */
export function checksSummary(checks: readonly KeywordCheck[]): string {
  const open = checks.filter((check) => check.status !== "good").length;
  return open === 0 ? "all good" : `${open} to improve`;
}
