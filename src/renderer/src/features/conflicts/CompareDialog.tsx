import { useEffect, useState } from "react";
import { useApi } from "../../api/api-context";
import { errorMessage } from "../../api/api-errors";
import { ModalDialog } from "../../app/ModalDialog";
import type { PostSession } from "../../session/post-session";
import { DiffView } from "../diff/DiffView";

interface CompareDialogProps {
  readonly session: PostSession;
  readonly onClose: () => void;
}

/** The writer's "Compare" in a conflict: how the file on disk differs from the text in the editor, then keep mine or take theirs. */
export function CompareDialog({ session, onClose }: CompareDialogProps) {
  const api = useApi();
  const [disk, setDisk] = useState<{ text: string } | { error: string } | null>(null);
  const [mine] = useState(() => session.view.state.sliceDoc());

  useEffect(() => {
    let current = true;
    api.readPost(session.id).then(
      (document) => current && setDisk({ text: document.text }),
      (error: unknown) => current && setDisk({ error: errorMessage(error) }),
    );
    return () => {
      current = false;
    };
  }, [api, session]);

  const choose = (choice: () => Promise<unknown>) => {
    onClose();
    void choice();
  };

  return (
    <ModalDialog title="Compare with the file on disk" onCancel={onClose} wide>
      <div className="modal-body">
        {disk === null ? <p>Reading the file on disk…</p> : null}
        {disk !== null && "error" in disk ? <p role="alert">{disk.error}</p> : null}
        {disk !== null && "text" in disk ? (
          <DiffView label="Changes from the file on disk to your text" before={disk.text} after={mine} beforeName="on disk" afterName="in your text" />
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
