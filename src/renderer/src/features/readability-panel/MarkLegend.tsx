import { useId } from "react";
import type { FindingKind } from "../../../../shared/readability";
import { MARK_KINDS } from "../../editor/analysis-kinds";
import type { MarkCounts } from "../../workers/marks-delta";

interface MarkLegendProps {
  readonly counts: MarkCounts;
  readonly hiddenKinds: readonly FindingKind[];
  readonly onToggle: (kind: FindingKind, shown: boolean) => void;
}

/** The colour of each kind of mark, how many there are, and a checkbox to show or hide them in the editor. */
export function MarkLegend({ counts, hiddenKinds, onToggle }: MarkLegendProps) {
  const id = useId();
  return (
    <fieldset className="mark-legend">
      <legend className="visually-hidden">Marks shown in the editor</legend>
      {MARK_KINDS.map(({ kind, label, hint }) => {
        const count = counts[kind] ?? 0;
        return (
          <div key={kind} className="mark-toggle" title={hint}>
            <input
              id={`${id}-${kind}`}
              type="checkbox"
              checked={!hiddenKinds.includes(kind)}
              aria-describedby={`${id}-${kind}-hint`}
              onChange={(event) => onToggle(kind, event.target.checked)}
            />
            <label htmlFor={`${id}-${kind}`} className="mark-label">
              <span className={`mark-swatch is-${kind}`} aria-hidden="true" />
              <span className="mark-name">{label}</span>
            </label>
            <span className="mark-count" aria-hidden="true">
              {count}
            </span>
            {/* The hint shows on hover (title) and is read with the checkbox. */}
            <span id={`${id}-${kind}-hint`} className="visually-hidden">
              {count} in this post. {hint}
            </span>
          </div>
        );
      })}
    </fieldset>
  );
}
