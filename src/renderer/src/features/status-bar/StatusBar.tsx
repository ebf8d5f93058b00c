import type { TextCounts } from "../../../../shared/post/counts";
import type { PostSession } from "../../session/post-session";
import type { SaveState } from "../../session/session-status";
import { useSessionStatus } from "../../session/use-session-status";
import { useTextCounts } from "./use-text-counts";

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
 * Words, characters and reading time of the open post's body, and whether it is saved. Counts
 * follow the session's per-frame snapshot, so typing re-renders this bar and nothing else.
 */
export function StatusBar({ session }: { session: PostSession | null }) {
  const counts = useTextCounts(session);
  const saveState = useSessionStatus(session, (status) => status.saveState, null);
  const readOnly = useSessionStatus(session, (status) => status.readOnly !== null, false);

  return (
    <footer role="status" className="status-bar">
      {/* Counts change with every word; screen readers are not told each time. */}
      <span className="status-counts" aria-live="off">
        {counts ? describeCounts(counts) : "No post open"}
      </span>
      {saveState ? (
        <span className={`status-save is-${saveState}`}>{readOnly ? "Read-only" : SAVE_STATE_TEXT[saveState]}</span>
      ) : null}
    </footer>
  );
}
