import { useMemo } from "react";
import { diffDisplay } from "../../../../shared/diff/line-diff";

interface DiffViewProps {
  /** Names the view for screen readers, e.g. "Changes from the file on disk to your unsaved text". */
  readonly label: string;
  readonly before: string;
  readonly after: string;
  /** What the removed and the added lines stand for, e.g. "on disk" and "unsaved". */
  readonly beforeName: string;
  readonly afterName: string;
}

/** A line diff: removed lines struck in red, added lines in green, long unchanged runs folded. */
export function DiffView({ label, before, after, beforeName, afterName }: DiffViewProps) {
  const { rows, added, removed } = useMemo(() => diffDisplay(before, after), [before, after]);
  return (
    <div className="diff-view">
      <p className="diff-summary">
        {added === 0 && removed === 0 ? (
          "No differences, apart from line endings."
        ) : (
          <>
            <span className="diff-count diff-count-removed">
              {removed} {removed === 1 ? "line" : "lines"} only {beforeName}
            </span>
            <span className="diff-count diff-count-added">
              {added} {added === 1 ? "line" : "lines"} only {afterName}
            </span>
          </>
        )}
      </p>
      {/* Focusable so a keyboard can scroll a long diff. */}
      <div className="diff-lines" role="region" aria-label={label} tabIndex={0}>
        {rows.map((row, index) => {
          if (row.kind === "gap") {
            return (
              <div key={index} className="diff-gap">
                {row.lines} unchanged {row.lines === 1 ? "line" : "lines"}
              </div>
            );
          }
          if (row.kind === "added") return <ins key={index} className="diff-line diff-added">{row.text || " "}</ins>;
          if (row.kind === "removed") return <del key={index} className="diff-line diff-removed">{row.text || " "}</del>;
          return <div key={index} className="diff-line">{row.text || " "}</div>;
        })}
      </div>
    </div>
  );
}
