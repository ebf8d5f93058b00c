import type { TextCounts } from "../../../../shared/post/counts";
import type { PostSession } from "../../session/post-session";
import type { SaveState } from "../../session/session-status";
import { useSessionStatus } from "../../session/use-session-status";
import { CursorPosition } from "./CursorPosition";
import { useTextCounts } from "./use-text-counts";
import { useWordGoal } from "./use-word-goal";
import { WordGoal } from "./WordGoal";

const SAVE_STATE_TEXT: Record<SaveState, string> = {
  saved: "Saved",
  unsaved: "Unsaved changes",
  saving: "Saving…",
};

const NUMBER = new Intl.NumberFormat();

function describeCounts({ words, characters, readingMinutes }: TextCounts): string {
  const reading = readingMinutes === 0 ? "no reading time" : `${NUMBER.format(readingMinutes)} min read`;
  return `${NUMBER.format(words)} ${words === 1 ? "word" : "words"} · ${NUMBER.format(characters)} ${characters === 1 ? "character" : "characters"} · ${reading}`;
}

/**
 * Words, characters and reading time of the open post's body, progress towards its word goal,
 * the cursor's line and column, and whether it is saved. Counts follow the session's per-frame
 * snapshot, so typing re-renders this bar and nothing else; the cursor's place skips React.
 */
export function StatusBar({ session }: { session: PostSession | null }) {
  const counts = useTextCounts(session);
  const saveState = useSessionStatus(session, (status) => status.saveState, null);
  const readOnly = useSessionStatus(session, (status) => status.readOnly !== null, false);
  const goal = useWordGoal(session);

  return (
    <footer role="status" className="status-bar">
      {/* Counts change with every word; screen readers are not told each time. */}
      <span className="status-counts" aria-live="off">
        {counts ? describeCounts(counts) : "No post open"}
      </span>
      {counts && goal !== null ? <WordGoal words={counts.words} goal={goal} /> : null}
      <span className="status-end">
        {session ? <CursorPosition session={session} /> : null}
        {saveState ? (
          <span className={`status-save is-${saveState}`}>{readOnly ? "Read-only" : SAVE_STATE_TEXT[saveState]}</span>
        ) : null}
      </span>
    </footer>
  );
}
