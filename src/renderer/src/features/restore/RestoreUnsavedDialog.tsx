import type { UnsavedPost } from "../../../../shared/model/unsaved";
import { ModalDialog } from "../../app/ModalDialog";
import { LazyDiffView } from "../diff/LazyDiffView";

interface RestoreUnsavedDialogProps {
  /** The offers still open; the dialog shows the first. */
  readonly offers: readonly UnsavedPost[];
  readonly onRestore: (offer: UnsavedPost) => void;
  readonly onDiscard: (offer: UnsavedPost) => void;
  /** Keeps the backup for now: it is offered again when the post is opened. */
  readonly onLater: (offer: UnsavedPost) => void;
}

/** Offers back, one post at a time, text that was typed and never saved, showing how it differs from the file on disk. */
export function RestoreUnsavedDialog({ offers, onRestore, onDiscard, onLater }: RestoreUnsavedDialogProps) {
  const offer = offers[0];
  if (offer === undefined) return null;
  const when = new Date(offer.savedMs).toLocaleString();
  return (
    <ModalDialog title="Restore unsaved changes?" onCancel={() => onLater(offer)} wide>
      <div className="modal-body">
        <p>
          Clearpost closed before these changes to <code>{offer.id}</code> were saved (last typed {when}).
          {offers.length > 1 ? ` ${offers.length - 1} more ${offers.length === 2 ? "post has" : "posts have"} unsaved changes.` : ""}
        </p>
        {offer.diskText === null ? (
          <p>The post&apos;s file is no longer on disk; restoring writes it again.</p>
        ) : null}
        <LazyDiffView
          label={`Changes from the file on disk to the unsaved text of ${offer.id}`}
          before={offer.diskText ?? ""}
          after={offer.text}
          beforeName="on disk"
          afterName="in the unsaved text"
        />
      </div>
      <div className="modal-actions">
        <button type="button" className="button" onClick={() => onLater(offer)}>
          Decide later
        </button>
        <button type="button" className="button button-danger" onClick={() => onDiscard(offer)}>
          Discard changes
        </button>
        <button type="button" className="button button-primary" onClick={() => onRestore(offer)}>
          Restore
        </button>
      </div>
    </ModalDialog>
  );
}
