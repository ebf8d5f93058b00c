/** A list of pass/warning/fail checks, worst first, as the readability and keyword panels show them. */
import type { SourceRange } from "../../../../shared/readability";

/** How a check came out, in traffic-light terms. */
export type CheckTone = "pass" | "warn" | "fail";

/** One check to show: its advice and, when it points somewhere, the places in the post. */
export interface CheckItem {
  readonly id: string;
  readonly tone: CheckTone;
  readonly message: string;
  readonly ranges?: readonly SourceRange[];
}

const TONES: Record<CheckTone, { readonly icon: string; readonly text: string; readonly order: number }> = {
  fail: { icon: "✕", text: "Fail", order: 0 },
  warn: { icon: "!", text: "Warning", order: 1 },
  pass: { icon: "✓", text: "Pass", order: 2 },
};

function CheckContent({ check }: { check: CheckItem }) {
  const tone = TONES[check.tone];
  return (
    <>
      <span className={`check-icon is-${check.tone}`} aria-hidden="true">
        {tone.icon}
      </span>
      <span className="check-text">
        <span className={`check-status is-${check.tone}`}>{tone.text}:</span> {check.message}
      </span>
    </>
  );
}

/** The checks, worst first; a check with places to fix is a button that jumps to the first. */
export function CheckList({ checks, onJump, label }: { checks: readonly CheckItem[]; onJump: (range: SourceRange) => void; label?: string }) {
  const sorted = [...checks].sort((a, b) => TONES[a.tone].order - TONES[b.tone].order);
  return (
    <ul className="panel-list check-list" aria-label={label}>
      {sorted.map((check) => {
        const first = check.ranges?.[0];
        return (
          <li key={check.id}>
            {first ? (
              <button type="button" className="panel-card check-item is-jump" onClick={() => onJump(first)}>
                <CheckContent check={check} />
              </button>
            ) : (
              <div className="panel-card check-item">
                <CheckContent check={check} />
              </div>
            )}
          </li>
        );
      })}
    </ul>
  );
}
