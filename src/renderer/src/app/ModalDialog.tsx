import { type ReactNode, useId, useLayoutEffect, useRef } from "react";

interface ModalDialogProps {
  readonly title: string;
  /** Escape, or the dialog's own Cancel button. */
  readonly onCancel: () => void;
  /** Where focus goes when the dialog closes; by default, wherever it was when the dialog opened. */
  readonly returnFocus?: HTMLElement | null;
  /** Room for a diff or a list rather than a short form. */
  readonly wide?: boolean;
  readonly children: ReactNode;
}

/**
 * An in-app modal: a real <dialog> opened with showModal(), so focus is trapped, the page behind
 * is inert and Escape cancels. (Electron has no window.prompt.) Focus returns where it came from.
 */
export function ModalDialog({ title, onCancel, returnFocus, wide = false, children }: ModalDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  // A layout effect: showModal() must run before paint, and close() before React removes the element.
  useLayoutEffect(() => {
    const element = dialog.current;
    if (!element) return;
    const focusBefore = returnFocus ?? (document.activeElement instanceof HTMLElement ? document.activeElement : null);
    if (!element.open) element.showModal();
    return () => {
      element.close();
      if (focusBefore?.isConnected) focusBefore.focus();
    };
  }, [returnFocus]);

  return (
    <dialog
      ref={dialog}
      className={wide ? "modal-dialog modal-dialog-wide" : "modal-dialog"}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id={titleId} className="modal-title">
        {title}
      </h2>
      {children}
    </dialog>
  );
}
