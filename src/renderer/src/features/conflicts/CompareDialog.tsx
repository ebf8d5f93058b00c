import { useCallback, useState } from "react";
import { useApi } from "../../api/api-context";
import { ModalDialog } from "../../app/ModalDialog";
import type { PostSession } from "../../session/post-session";
import { LazyDiffView } from "../diff/LazyDiffView";
import { useLoaded } from "../diff/use-loaded";

interface CompareDialogProps {
  readonly session: PostSession;
  readonly onClose: () => void;
}

/** The writer's "Compare" in a conflict: how the file on disk differs from the text in the editor, then keep mine or take theirs. */
export function CompareDialog({ session, onClose }: CompareDialogProps) {
  const api = useApi();
  const disk = useLoaded(useCallback(async () => (await api.readPost(session.id)).text, [api, session]));
  const [mine] = useState(() => session.view.state.sliceDoc());

  const choose = (choice: () => Promise<unknown>) => {
    onClose();
    void choice();
  };

  return (
    <ModalDialog title="Compare with the file on disk" onCancel={onClose} wide>
      <div className="modal-body">
        {disk === null ? <p>Reading the file on disk…</p> : null}
        {disk !== null && "error" in disk ? <p role="alert">{disk.error}</p> : null}
        {disk !== null && "value" in disk ? (
          <LazyDiffView label="Changes from the file on disk to your text" before={disk.value} after={mine} beforeName="on disk" afterName="in your text" />
        ) : null}
      </div>
      <div className="modal-actions">
        <button type="button" className="button" onClick={onClose}>
          Close
        </button>
        <button type="button" className="button" onClick={() => choose(() => session.reload({ discardChanges: true }))}>
          Take theirs
        </button>
        <button type="button" className="button button-primary" onClick={() => choose(() => session.save({ overwrite: true }))}>
          Keep mine
        </button>
      </div>
    </ModalDialog>
  );
}
