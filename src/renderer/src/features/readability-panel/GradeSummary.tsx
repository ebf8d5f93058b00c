import type { ReadabilityReport } from "../../../../shared/readability";
// Straight from its file: the index would pull the whole engine (and its word lists) into the window's bundle; it runs in the worker.
import { describeGrade } from "../../../../shared/readability/headline-grade";
import { formatScore } from "./format";

/** Above or at the target, in words and with an icon, so the status never rests on colour alone. */
function targetStatus(grade: number, target: number) {
  if (grade <= target) return { className: "is-on-target", icon: "✓", text: `On target: at or below grade ${formatScore(target)}` };
  const over = grade - target;
  return { className: "is-over-target", icon: "▲", text: `${formatScore(over)} ${over === 1 ? "grade" : "grades"} above target ${formatScore(target)}` };
}

/** The headline: the grade in numbers and words, against the post's target, and Flesch Reading Ease with its band. */
export function GradeSummary({ report }: { report: Pick<ReadabilityReport, "grade" | "target" | "scores" | "readingEaseBand"> }) {
  const { grade, target, scores, readingEaseBand } = report;
  if (grade === null) {
    return (
      <div className="grade-summary">
        <p className="grade-headline">No grade yet</p>
        <p className="grade-note">Write a few sentences to see how easy they are to read (target: grade {formatScore(target)}).</p>
      </div>
    );
  }
  const status = targetStatus(grade, target);
  return (
    <div className="grade-summary">
      <p className="grade-headline">
        Grade {formatScore(grade)} — {describeGrade(grade)}
      </p>
      <p className={`target-status ${status.className}`}>
        <span aria-hidden="true">{status.icon}</span> {status.text}
      </p>
      {scores.fleschReadingEase !== null && readingEaseBand ? (
        <p className="reading-ease">
          Flesch Reading Ease <strong>{formatScore(scores.fleschReadingEase)}</strong>: {readingEaseBand.label}{" "}
          <span className="reading-ease-level">({readingEaseBand.level})</span>
        </p>
      ) : null}
    </div>
  );
}
