import { useSyncExternalStore } from "react";
import type { PostSession } from "../../session/post-session";
import type { SaveState } from "../../session/session-status";
import { useSessionStatus } from "../../session/use-session-status";
import { BodyCounts } from "./BodyCounts";
import { CursorPosition } from "./CursorPosition";
import { useBodyCounts } from "./use-body-counts";
import { useWordGoal } from "./use-word-goal";
import { WordGoal } from "./WordGoal";

const SAVE_STATE_TEXT: Record<SaveState, string> = {
  saved: "Saved",
  unsaved: "Unsaved changes",
  saving: "Saving…",
};

const subscribeToNothing = () => () => {};

/**
 * Words, characters and reading time of the open post's body, progress towards its word goal,
 * the cursor's line and column, and whether it is saved. Counts follow the session's per-frame
 * snapshot; the counts' text and the cursor's place skip React, so typing re-renders this bar
 * only when the word count changes and the post has a word goal.
 */
export function StatusBar({ session, counted }: { session: PostSession | null; counted: boolean }) {
  const countsOf = useBodyCounts();
  const saveState = useSessionStatus(session, (status) => status.saveState, null);
  const readOnly = useSessionStatus(session, (status) => status.readOnly !== null, false);
  // Counting waits for the editor's first frame (`counted`): a long post takes a while to count.
  const countedSession = counted ? session : null;
  const goal = useWordGoal(countedSession);
  const words = useSyncExternalStore(countedSession && goal !== null ? countedSession.snapshot.subscribe : subscribeToNothing, () =>
    countedSession && goal !== null ? countsOf(countedSession.snapshot.get()).words : null,
  );

  return (
    <footer role="status" className="status-bar">
      {/* The footer is the window's flex item; this row keeps each keystroke's new counts' layout to itself (status-bar.css). */}
      <div className="status-bar-row">
        {/* Counts change with every word; screen readers are not told each time. */}
        <span className="status-counts" aria-live="off">
          {session ? countedSession ? <BodyCounts session={countedSession} countsOf={countsOf} /> : null : "No post open"}
        </span>
        {words !== null && goal !== null ? <WordGoal words={words} goal={goal} /> : null}
        <span className="status-end">
          {session ? <CursorPosition session={session} /> : null}
          {saveState ? (
            <span className={`status-save is-${saveState}`}>{readOnly ? "Read-only" : SAVE_STATE_TEXT[saveState]}</span>
          ) : null}
        </span>
      </div>
    </footer>
  );
}
