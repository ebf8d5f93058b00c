import { useCallback, useMemo, useState } from "react";
import type { PostHistoryEntry } from "../../../../shared/model/history";
import { useApi } from "../../api/api-context";
import { ModalDialog } from "../../app/ModalDialog";
import type { PostSession } from "../../session/post-session";
import { LazyDiffView } from "../diff/LazyDiffView";
import { useLoaded } from "../diff/use-loaded";
import { countOf, formatScore } from "../readability-panel/format";

interface HistoryDialogProps {
  readonly session: PostSession;
  readonly onClose: () => void;
}

/** One line of the versions list: when, how long, how hard. */
function describeVersion(entry: PostHistoryEntry): string {
  const grade = entry.grade === null ? "no grade" : `grade ${formatScore(entry.grade)}`;
  return `${new Date(entry.savedMs).toLocaleString()} · ${countOf(entry.words, "word")} · ${grade}`;
}

/**
 * The post's earlier versions (each kept when a save replaced it), a diff of the chosen one
 * against the text in the editor, and Restore, which puts it in the editor: undo takes it back,
 * and the next save keeps the replaced text in the history in turn.
 */
export function HistoryDialog({ session, onClose }: HistoryDialogProps) {
  const api = useApi();
  const entries = useLoaded(useCallback(() => api.listHistory(session.id), [api, session]));
  const [picked, setPicked] = useState<string | null>(null);
  // The newest version is shown until the writer picks another.
  const chosen = picked ?? (entries !== null && "value" in entries ? (entries.value[0]?.versionId ?? null) : null);
  const versionText = useLoaded(useMemo(() => (chosen === null ? null : () => api.readHistoryVersion(session.id, chosen)), [api, session, chosen]));
  const [current] = useState(() => session.view.state.sliceDoc());

  const restore = () => {
    if (versionText === null || !("value" in versionText)) return;
    session.applyText(versionText.value);
    onClose();
  };

  return (
    <ModalDialog title="History" onCancel={onClose} wide>
      <div className="modal-body history-body">
        {entries === null ? <p>Reading the history…</p> : null}
        {entries !== null && "error" in entries ? <p role="alert">{entries.error}</p> : null}
        {entries !== null && "value" in entries && entries.value.length === 0 ? (
          <p>No earlier versions yet. Each save keeps the version it replaces, here in Clearpost&apos;s data folder.</p>
        ) : null}
        {entries !== null && "value" in entries && entries.value.length > 0 ? (
          <div className="history-layout">
            <ul className="history-versions" aria-label="Earlier versions">
              {entries.value.map((entry) => (
                <li key={entry.versionId}>
                  <button
                    type="button"
                    className="history-version"
                    aria-current={entry.versionId === chosen ? "true" : undefined}
                    onClick={() => setPicked(entry.versionId)}
                  >
                    {describeVersion(entry)}
                  </button>
                </li>
              ))}
            </ul>
            <div className="history-diff">
              {versionText !== null && "error" in versionText ? <p role="alert">{versionText.error}</p> : null}
              {versionText !== null && "value" in versionText ? (
                <LazyDiffView
                  label="Changes from this version to the text in the editor"
                  before={versionText.value}
                  after={current}
                  beforeName="in this version"
                  afterName="in the editor"
                />
              ) : null}
            </div>
          </div>
        ) : null}
      </div>
      <div className="modal-actions">
        <button type="button" className="button" onClick={onClose}>
          Close
        </button>
        <button type="button" className="button button-primary" disabled={versionText === null || !("value" in versionText)} onClick={restore}>
          Restore this version
        </button>
      </div>
    </ModalDialog>
  );
}
