import type { CheckStatus, SourceRange, StructureCheck } from "../../../../shared/readability";

const STATUS: Record<CheckStatus, { readonly icon: string; readonly text: string }> = {
  pass: { icon: "✓", text: "Pass" },
  warn: { icon: "!", text: "Warning" },
  fail: { icon: "✕", text: "Fail" },
};

function CheckContent({ check }: { check: StructureCheck }) {
  const status = STATUS[check.status];
  return (
    <>
      <span className={`check-icon is-${check.status}`} aria-hidden="true">
        {status.icon}
      </span>
      <span className="check-text">
        <span className={`check-status is-${check.status}`}>{status.text}:</span> {check.message}
      </span>
    </>
  );
}

/** The structure checks, worst first; a check with places to fix is a button that jumps to the first. */
export function StructureChecks({ checks, onJump }: { checks: readonly StructureCheck[]; onJump: (range: SourceRange) => void }) {
  const order: Record<CheckStatus, number> = { fail: 0, warn: 1, pass: 2 };
  const sorted = [...checks].sort((a, b) => order[a.status] - order[b.status]);
  return (
    <ul className="structure-checks">
      {sorted.map((check) => {
        const first = check.ranges[0];
        return (
          <li key={check.id}>
            {first ? (
              <button type="button" className="check-item is-jump" onClick={() => onJump(first)}>
                <CheckContent check={check} />
              </button>
            ) : (
              <div className="check-item">
                <CheckContent check={check} />
              </div>
            )}
          </li>
        );
      })}
    </ul>
  );
}
