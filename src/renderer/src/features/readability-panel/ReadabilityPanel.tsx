import { useCallback, useEffect } from "react";
import type { Finding, FindingKind } from "../../../../shared/readability";
import { CheckList } from "../checks/CheckList";
import { useJumpToSource } from "../checks/use-jump-to-source";
import { SidePanel } from "../side-panels/SidePanel";
import type { PostSession } from "../../session/post-session";
import { type Store, useStoreValue } from "../../store";
import { FixFirstList } from "./FixFirstList";
import { GradeSummary } from "./GradeSummary";
import { MarkLegend } from "./MarkLegend";
import { ReadabilityCounts, ScoreTable } from "./ReadabilityNumbers";
import { type ReadabilityPreferences, setMarkKindShown } from "./readability-preferences";
import { TargetSetting } from "./TargetSetting";

interface ReadabilityPanelProps {
  readonly session: PostSession;
  readonly preferences: Store<ReadabilityPreferences>;
  /** Shows the editor when the writer hid it, before jumping to a place in it. */
  readonly revealEditor: () => void;
  /** The writer's target setting, and how to change it. */
  readonly target: number;
  readonly onChangeTarget: (target: number) => void;
}

/**
 * The open post's readability: grade against the target, scores, counts, the marks' legend,
 * what to fix first and the structure checks. While it shows, the post is analysed after every
 * painted change and marked in the editor; hiding it rests the checker. It subscribes to the
 * analysis' own store, so a report re-renders this panel and nothing else.
 */
export function ReadabilityPanel({ session, preferences, revealEditor, target, onChangeTarget }: ReadabilityPanelProps) {
  const { analysis, view } = session;
  const report = useStoreValue(analysis.state, (state) => state.readability);
  const failure = useStoreValue(analysis.state, (state) => state.failure);
  const sequence = useStoreValue(analysis.state, (state) => state.sequence);
  const hiddenKinds = useStoreValue(preferences, (value) => value.hiddenKinds);

  useEffect(() => {
    analysis.setEnabled("readability", true);
    return () => analysis.setEnabled("readability", false);
  }, [analysis]);

  useEffect(() => analysis.setHiddenKinds(new Set(hiddenKinds)), [analysis, hiddenKinds]);

  const jumpTo = useJumpToSource(session, revealEditor);
  const textAt = useCallback((finding: Finding) => view.state.sliceDoc(Math.min(finding.from, view.state.doc.length), Math.min(finding.to, view.state.doc.length)), [view]);
  const toggleKind = useCallback((kind: FindingKind, shown: boolean) => setMarkKindShown(preferences, kind, shown), [preferences]);

  return (
    <SidePanel name="Readability" className="readability-panel" failure={failure} ready={report !== null} analysedSequence={sequence}>
      {() =>
        report === null || report.stats.words === 0 ? (
          report && <GradeSummary report={report} />
        ) : (
          <>
            <GradeSummary report={report} />
            <ReadabilityCounts stats={report.stats} />
            <h3 className="panel-heading">Marks</h3>
            <MarkLegend counts={report.markCounts} hiddenKinds={hiddenKinds} onToggle={toggleKind} />
            <p className="panel-note">
              Hover a mark for advice, or press <kbd>F8</kbd> in the editor to go to the next one (<kbd>Shift</kbd>+<kbd>F8</kbd> back).
            </p>
            <h3 className="panel-heading">Fix first</h3>
            <FixFirstList findings={report.fixFirst} textAt={textAt} onSelect={jumpTo} />
            <h3 className="panel-heading">Structure</h3>
            <CheckList checks={report.checks.map((check) => ({ ...check, tone: check.status }))} onJump={jumpTo} />
            <h3 className="panel-heading">Scores</h3>
            <ScoreTable scores={report.scores} />
            <h3 className="panel-heading">Target</h3>
            <TargetSetting target={target} onChange={onChangeTarget} />
          </>
        )
      }
    </SidePanel>
  );
}
