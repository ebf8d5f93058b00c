import type { Finding } from "../../../../shared/readability";
import { markKind } from "../../editor/analysis-kinds";
import { FIX_FIRST_LIMIT } from "../../workers/analysis-protocol";
import { formatScore } from "./format";

const EXCERPT_LENGTH = 64;

function excerpt(text: string): string {
  const oneLine = text.replace(/\s+/g, " ").trim();
  return oneLine.length <= EXCERPT_LENGTH ? oneLine : `${oneLine.slice(0, EXCERPT_LENGTH - 1).trimEnd()}…`;
}

interface FixFirstListProps {
  readonly findings: readonly Finding[];
  /** The post's text at a range, for the excerpt. */
  readonly textAt: (finding: Finding) => string;
  readonly onSelect: (finding: Finding) => void;
}

/** The findings that would lower the grade most, each a button that selects it in the editor. */
export function FixFirstList({ findings, textAt, onSelect }: FixFirstListProps) {
  if (findings.length === 0) return <p className="panel-note">Nothing here would lower the grade much. Well done.</p>;
  return (
    <>
      <p className="panel-note">The changes that would lower the grade most, and by how much.</p>
      <ol className="panel-list fix-first">
        {findings.slice(0, FIX_FIRST_LIMIT).map((finding, rank) => (
          // Keyed by rank: typing above a finding moves it, and a key by position would rebuild the list each keystroke.
          <li key={rank}>
            <button type="button" className="panel-card fix-first-item" onClick={() => onSelect(finding)}>
              <span className="fix-first-head">
                <span className={`mark-swatch is-${finding.kind}`} aria-hidden="true" />
                <span className="fix-first-kind">{markKind(finding.kind).name}</span>
                <span className="fix-first-impact">
                  <span aria-hidden="true">−{formatScore(finding.gradeImpact)}</span>
                  <span className="visually-hidden">, lowers the grade by {formatScore(finding.gradeImpact)}</span>
                </span>
              </span>
              <span className="fix-first-excerpt">“{excerpt(textAt(finding))}”</span>
            </button>
          </li>
        ))}
      </ol>
    </>
  );
}
