import { useEffect, useMemo } from "react";
import type { SourceRange } from "../../../../shared/readability";
import type { PostSession } from "../../session/post-session";
import { useStoreValue } from "../../store";
import { useJumpToSource } from "../checks/use-jump-to-source";
import { SidePanel } from "../side-panels/SidePanel";
import { headingIndexAt, nestHeadings, type OutlineNode } from "./outline-tree";
import { showHeading } from "./show-heading";

interface OutlinePanelProps {
  readonly session: PostSession;
  /** Shows the editor when the writer hid it, before going to a heading. */
  readonly revealEditor: () => void;
}

interface OutlineListProps {
  readonly nodes: readonly OutlineNode[];
  readonly current: number;
  readonly onSelect: (range: SourceRange) => void;
}

/** One level of the outline: each heading a button, its subheadings nested below it. */
function OutlineList({ nodes, current, onSelect }: OutlineListProps) {
  return (
    <ul className="outline-list">
      {nodes.map(({ heading, index, children }) => (
        <li key={index}>
          <button
            type="button"
            className={`outline-item outline-level-${heading.level}`}
            aria-current={index === current ? "location" : undefined}
            onClick={() => onSelect(heading)}
          >
            <span className="outline-level" aria-hidden="true">
              H{heading.level}
            </span>
            <span className="outline-text">{heading.text === "" ? "(empty heading)" : heading.text}</span>
          </button>
          {heading.warning !== null ? <p className="outline-warning">{heading.warning}</p> : null}
          {children.length > 0 ? <OutlineList nodes={children} current={current} onSelect={onSelect} /> : null}
        </li>
      ))}
    </ul>
  );
}

/**
 * The post's headings as a nested list of links into it: a click puts the cursor on the heading
 * and brings it to the top of the editor and the preview. The heading the cursor is under is
 * marked, and a skipped level or a second H1 is said beside its heading. The headings are read
 * in the analysis worker after each painted change, so typing never waits for them.
 */
export function OutlinePanel({ session, revealEditor }: OutlinePanelProps) {
  const { analysis } = session;
  const headings = useStoreValue(analysis.state, (state) => state.outline);
  const failure = useStoreValue(analysis.state, (state) => state.failure);
  const current = useStoreValue(session.cursor, (cursor) => (headings ? headingIndexAt(headings, cursor.offset) : -1));
  const tree = useMemo(() => (headings ? nestHeadings(headings) : []), [headings]);
  const jumpTo = useJumpToSource(session, revealEditor, showHeading);

  useEffect(() => {
    analysis.setEnabled("outline", true);
    return () => analysis.setEnabled("outline", false);
  }, [analysis]);

  return (
    <SidePanel name="Outline" className="outline-panel" landmark="navigation" failure={failure} ready={headings !== null}>
      {() =>
        tree.length === 0 ? (
          <p className="panel-note">No headings yet. Start a line with ## to add one.</p>
        ) : (
          <OutlineList nodes={tree} current={current} onSelect={jumpTo} />
        )
      }
    </SidePanel>
  );
}
