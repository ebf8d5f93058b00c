import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import { errorMessage } from "../api/api-errors";
import { ModalDialog } from "./ModalDialog";

interface TextPromptDialogProps {
  readonly title: string;
  /** The text field's label, also its accessible name. */
  readonly label: string;
  readonly initialValue?: string;
  readonly confirmLabel: string;
  /** Runs the action; a rejection is shown inside the dialog, which stays open. */
  readonly onConfirm: (value: string) => Promise<void>;
  readonly onCancel: () => void;
  readonly returnFocus?: HTMLElement | null;
}

/** Asks the writer for one line of text (a title, a file name) and runs the action with it. */
export function TextPromptDialog({ title, label, initialValue = "", confirmLabel, onConfirm, onCancel, returnFocus }: TextPromptDialogProps) {
  const [value, setValue] = useState(initialValue);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const errorId = useId();

  useEffect(() => input.current?.select(), []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const text = value.trim();
    if (text === "") {
      setError(`${label} cannot be empty.`);
      return;
    }
    setBusy(true);
    try {
      await onConfirm(text);
    } catch (failure) {
      setError(errorMessage(failure));
      setBusy(false);
    }
  };

  return (
    <ModalDialog title={title} onCancel={onCancel} returnFocus={returnFocus}>
      <form className="modal-form" onSubmit={(event) => void submit(event)}>
        <label className="field">
          <span className="field-label">{label}</span>
          <input
            ref={input}
            className="text-input"
            type="text"
            value={value}
            onChange={(event) => setValue(event.target.value)}
            aria-invalid={error !== null}
            aria-describedby={error ? errorId : undefined}
            required
          />
        </label>
        {error ? (
          <p id={errorId} className="field-error" role="alert">
            {error}
          </p>
        ) : null}
        <div className="modal-actions">
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
          <button type="submit" className="button button-primary" disabled={busy}>
            {confirmLabel}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
