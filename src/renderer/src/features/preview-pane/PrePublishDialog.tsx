import type { PublishProblem } from "../../../../shared/api/contract";
import { ModalDialog } from "../../app/ModalDialog";

interface PrePublishDialogProps {
  readonly problems: readonly PublishProblem[];
  readonly onExport: () => void;
  readonly onCancel: () => void;
}

/** Before an export: what the post still lacks. The writer fixes it first, or exports anyway. */
export function PrePublishDialog({ problems, onExport, onCancel }: PrePublishDialogProps) {
  return (
    <ModalDialog title="Before you publish" onCancel={onCancel}>
      <div className="modal-body">
        <p>{problems.length === 1 ? "One thing to look at" : `${problems.length} things to look at`} before this post goes out:</p>
        <ul className="pre-publish-problems" aria-label="Problems found">
          {problems.map((problem, index) => (
            <li key={`${problem.id}-${index}`}>{problem.message}</li>
          ))}
        </ul>
      </div>
      <div className="modal-actions">
        {/* Going back to fix comes first, so showModal() focuses it. */}
        <button type="button" className="button" onClick={onCancel}>
          Fix first
        </button>
        <button type="button" className="button button-primary" onClick={onExport}>
          Export anyway
        </button>
      </div>
    </ModalDialog>
  );
}
