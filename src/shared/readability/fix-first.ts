/**
 * "Fix first": how much fixing each finding would lower the post's grade. A word or phrase is
 * measured by taking its counts out of the post's and putting the fix's in. A hard sentence is
 * weighed by its length and by how far its grade is above the target: the post's grade is, near
 * enough, its sentences' grades averaged by length, and a sentence rewritten at the target
 * lowers that average by its share of the words times the grades it drops. (Splitting a
 * sentence changes the post's counts the same way wherever the sentence is, so the counts alone
 * cannot rank sentences.)
 */
import { addCounts, subtractCounts, type ReadabilityCounts } from "./counts";
import type { Finding, UnitFinding } from "./finding";
import { headlineGrade } from "./headline-grade";

/** The post a finding is weighed against: its counts, its headline grade and the target. */
export interface ImpactBaseline {
  readonly total: ReadabilityCounts;
  readonly grade: number;
  readonly target: number;
}

/** Grades the post's headline grade would drop by if `finding` were fixed (never negative). */
export function gradeImpact({ total, grade: before, target }: ImpactBaseline, finding: Pick<UnitFinding, "fix" | "grade">): number {
  if (finding.grade !== undefined) {
    return total.words === 0 ? 0 : (finding.fix.remove.words / total.words) * Math.max(0, finding.grade - target);
  }
  const after = headlineGrade(addCounts(subtractCounts(total, finding.fix.remove), finding.fix.add));
  const drop = before - after;
  return Number.isFinite(drop) && drop > 0 ? drop : 0;
}

/** Findings worth fixing, the one that lowers the grade most first (ties keep source order). */
export function rankFixFirst(findings: readonly Finding[]): Finding[] {
  return findings.filter((finding) => finding.gradeImpact > 0).sort((a, b) => b.gradeImpact - a.gradeImpact || a.from - b.from);
}
