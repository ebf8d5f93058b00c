import { type ReactNode, useState } from "react";
import { errorMessage } from "../api/api-errors";
import { ModalDialog } from "./ModalDialog";

interface ConfirmDialogProps {
  readonly title: string;
  readonly children: ReactNode;
  readonly confirmLabel: string;
  /** Runs the action; a rejection is shown inside the dialog, which stays open. */
  readonly onConfirm: () => Promise<void>;
  readonly onCancel: () => void;
  readonly returnFocus?: HTMLElement | null;
}

/** Asks the writer to confirm an action that changes their files, saying exactly what will happen. */
export function ConfirmDialog({ title, children, confirmLabel, onConfirm, onCancel, returnFocus }: ConfirmDialogProps) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const confirm = async () => {
    setBusy(true);
    try {
      await onConfirm();
    } catch (failure) {
      setError(errorMessage(failure));
      setBusy(false);
    }
  };

  return (
    <ModalDialog title={title} onCancel={onCancel} returnFocus={returnFocus}>
      <div className="modal-body">{children}</div>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="modal-actions">
        {/* Cancel comes first so that showModal() focuses the safe choice. */}
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="button" className="button button-danger" disabled={busy} onClick={() => void confirm()}>
          {confirmLabel}
        </button>
      </div>
    </ModalDialog>
  );
}
