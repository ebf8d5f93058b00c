import { useCallback, useEffect } from "react";
import type { Finding, FindingKind, SourceRange } from "../../../../shared/readability";
import { selectInEditor } from "../../editor/analysis-selection";
import type { PostSession } from "../../session/post-session";
import { type Store, useStoreValue } from "../../store";
import { FixFirstList } from "./FixFirstList";
import { GradeSummary } from "./GradeSummary";
import { MarkLegend } from "./MarkLegend";
import { ReadabilityCounts, ScoreTable } from "./ReadabilityNumbers";
import { type ReadabilityPreferences, setMarkKindShown } from "./readability-preferences";
import { StructureChecks } from "./StructureChecks";

interface ReadabilityPanelProps {
  readonly session: PostSession;
  readonly preferences: Store<ReadabilityPreferences>;
  /** Shows the editor when the writer hid it, before jumping to a place in it. */
  readonly revealEditor: () => void;
}

/**
 * The open post's readability: grade against the target, scores, counts, the marks' legend,
 * what to fix first and the structure checks. While it shows, the post is analysed after every
 * painted change and marked in the editor; hiding it rests the checker. It subscribes to the
 * analysis' own store, so a report re-renders this panel and nothing else.
 */
export function ReadabilityPanel({ session, preferences, revealEditor }: ReadabilityPanelProps) {
  const { analysis, view } = session;
  const { report, failure, sequence } = useStoreValue(analysis.state, (state) => state);
  const hiddenKinds = useStoreValue(preferences, (value) => value.hiddenKinds);

  useEffect(() => {
    analysis.setEnabled(true);
    return () => analysis.setEnabled(false);
  }, [analysis]);

  useEffect(() => analysis.setHiddenKinds(new Set(hiddenKinds)), [analysis, hiddenKinds]);

  const jumpTo = useCallback(
    (range: SourceRange) => {
      // A hidden editor has no layout to scroll: show it, then jump once it is painted.
      if (session.editorHost.getClientRects().length === 0) {
        revealEditor();
        requestAnimationFrame(() => selectInEditor(view, range));
      } else {
        selectInEditor(view, range);
      }
    },
    [session, view, revealEditor],
  );
  const textAt = useCallback((finding: Finding) => view.state.sliceDoc(Math.min(finding.from, view.state.doc.length), Math.min(finding.to, view.state.doc.length)), [view]);
  const toggleKind = useCallback((kind: FindingKind, shown: boolean) => setMarkKindShown(preferences, kind, shown), [preferences]);

  return (
    // data-analysed-sequence tells `npm run bench` which request's text the panel shows.
    <section className="side-panel readability-panel" aria-label="Readability" data-analysed-sequence={sequence}>
      <h2 className="side-panel-title">Readability</h2>
      <div className="side-panel-body">
        {failure !== null ? (
          <p className="panel-note" role="alert">
            The readability check stopped: {failure}
          </p>
        ) : report === null ? (
          <p className="panel-note">Reading the post…</p>
        ) : report.stats.words === 0 ? (
          <GradeSummary report={report} />
        ) : (
          <>
            <GradeSummary report={report} />
            <ReadabilityCounts stats={report.stats} />
            <h3 className="panel-heading">Marks</h3>
            <MarkLegend findings={report.findings} hiddenKinds={hiddenKinds} onToggle={toggleKind} />
            <h3 className="panel-heading">Fix first</h3>
            <FixFirstList findings={report.fixFirst} textAt={textAt} onSelect={jumpTo} />
            <h3 className="panel-heading">Structure</h3>
            <StructureChecks checks={report.checks} onJump={jumpTo} />
            <h3 className="panel-heading">Scores</h3>
            <ScoreTable scores={report.scores} />
          </>
        )}
      </div>
    </section>
  );
}
