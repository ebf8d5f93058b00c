/**
 * The readability marks cross from the worker to the window as a change to the marks sent
 * before. A 100,000-word post has about 9,000 marks (1.5 MB as JSON): copying them all after
 * each keystroke cost the window 20-30 ms a report, and rebuilding its range set as much again.
 * An edit changes the marks of the paragraph it touched, so the marks before it and after it
 * keep their ids, and the window keeps them where they are, moved with the text.
 */
import { commonEnds } from "../../../shared/common-ends";
import type { Finding, FindingKind } from "../../../shared/readability";

/** One readability mark: a finding without its grade impact (it changes with every edit and only "Fix first" shows it), and an id that names it across reports. */
export interface ReadabilityMark extends Omit<Finding, "gradeImpact"> {
  readonly id: number;
}

/** How the window's marks change: the ids to take away (null: all of them) and the marks to add, positioned in the request's text. */
export interface MarksDelta {
  readonly removed: readonly number[] | null;
  /**
   * Where the marks to take away are now, in the request's text, with a margin: the window looks
   * for them only there, so a report costs it the edited paragraph rather than every mark.
   */
  readonly removedSpan: { readonly from: number; readonly to: number };
  readonly added: readonly ReadabilityMark[];
}

/**
 * Characters around the span of removed marks. The worker places the edit where the texts start
 * and stop being equal, the editor where the writer typed; they differ inside a run of repeated
 * characters (typing "s" after "s"), so the span reaches a little further.
 */
const SPAN_MARGIN = 256;

/** What the worker remembers of the marks it last sent for a post. */
export interface SentMarks {
  /** The request they answered, and its text. */
  readonly sequence: number;
  readonly text: string;
  readonly marks: readonly ReadabilityMark[];
}

/** How many marks of each kind, for the panel's legend. */
export type MarkCounts = Readonly<Partial<Record<FindingKind, number>>>;

/** Whether `mark`, moved by `shift`, is `finding`. */
function sameMark(mark: ReadabilityMark, finding: Finding, shift: number): boolean {
  return (
    mark.from + shift === finding.from &&
    mark.to + shift === finding.to &&
    mark.kind === finding.kind &&
    mark.message === finding.message &&
    mark.suggestion === finding.suggestion &&
    mark.grade === finding.grade
  );
}

function markOf(finding: Finding, id: number): ReadabilityMark {
  const { gradeImpact: _shownInFixFirst, ...mark } = finding;
  return { ...mark, id };
}

/** The span that `marks` of `before` cover in `after`, taking every place inside the edit for the whole edit. */
function spanIn(marks: readonly ReadabilityMark[], before: string, after: string): MarksDelta["removedSpan"] {
  if (marks.length === 0) return { from: 0, to: 0 };
  const { prefix, suffix } = commonEnds(before, after);
  const moved = (pos: number, edge: "from" | "to") => (pos <= prefix ? pos : pos >= before.length - suffix ? pos + after.length - before.length : edge === "from" ? prefix : after.length - suffix);
  let from = after.length;
  let to = 0;
  for (const mark of marks) {
    from = Math.min(from, moved(mark.from, "from"));
    to = Math.max(to, moved(mark.to, "to"));
  }
  return { from: Math.max(0, from - SPAN_MARGIN), to: Math.min(after.length, to + SPAN_MARGIN) };
}

/**
 * The change from `previous` (null: the window has none of them) to `findings` of `text`, and
 * what to remember for the next one. The marks before the edit are equal; the ones after it are
 * equal once moved by the change in length; only those between are sent.
 */
export function diffMarks(
  previous: SentMarks | null,
  findings: readonly Finding[],
  text: string,
  sequence: number,
  newId: () => number,
): { readonly delta: MarksDelta; readonly sent: SentMarks } {
  const old = previous?.marks ?? [];
  const shift = text.length - (previous?.text.length ?? 0);
  let start = 0;
  while (start < old.length && start < findings.length && sameMark(old[start] as ReadabilityMark, findings[start] as Finding, 0)) start++;
  let oldEnd = old.length;
  let newEnd = findings.length;
  while (oldEnd > start && newEnd > start && sameMark(old[oldEnd - 1] as ReadabilityMark, findings[newEnd - 1] as Finding, shift)) {
    oldEnd--;
    newEnd--;
  }
  const added = findings.slice(start, newEnd).map((finding) => markOf(finding, newId()));
  // The marks after the edit keep their ids at their new places.
  const moved = old.slice(oldEnd).map((mark) => (shift === 0 ? mark : { ...mark, from: mark.from + shift, to: mark.to + shift }));
  const removed = old.slice(start, oldEnd);
  const delta = {
    removed: previous ? removed.map((mark) => mark.id) : null,
    removedSpan: previous ? spanIn(removed, previous.text, text) : { from: 0, to: text.length },
    added,
  };
  return { delta, sent: { sequence, text, marks: [...old.slice(0, start), ...added, ...moved] } };
}

/** The number of findings of each kind. */
export function countMarks(findings: readonly Finding[]): MarkCounts {
  const counts: Partial<Record<FindingKind, number>> = {};
  for (const { kind } of findings) counts[kind] = (counts[kind] ?? 0) + 1;
  return counts;
}
