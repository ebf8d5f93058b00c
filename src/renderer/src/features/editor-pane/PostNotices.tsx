import { useState } from "react";
import type { PostSession } from "../../session/post-session";
import { useSessionStatus } from "../../session/use-session-status";
import { CompareDialog } from "../conflicts/CompareDialog";

interface PostNoticesProps {
  readonly session: PostSession;
  /** Closes the post without saving (for a post whose file went away). */
  readonly onClose: () => void;
}

/**
 * What the writer must know about the open post, above the editor: that it is read-only, that
 * its front matter has a problem, that the file on disk changed or went away, or that saving
 * failed (each with the choices).
 */
export function PostNotices({ session, onClose }: PostNoticesProps) {
  const readOnly = useSessionStatus(session, (status) => status.readOnly, null);
  const problem = useSessionStatus(session, (status) => status.summary.problem, null);
  const conflict = useSessionStatus(session, (status) => status.conflict, null);
  const saveFailure = useSessionStatus(session, (status) => status.saveFailure, null);
  const [comparing, setComparing] = useState(false);

  return (
    <>
      {conflict === "changed-on-disk" ? (
        <div role="alert" className="banner banner-warning">
          <p className="banner-message">This post changed on disk while you had unsaved changes here.</p>
          <div className="banner-actions">
            <button type="button" className="button" onClick={() => void session.save({ overwrite: true })}>
              Keep mine
            </button>
            <button type="button" className="button" onClick={() => void session.reload({ discardChanges: true })}>
              Take theirs
            </button>
            <button type="button" className="button" onClick={() => setComparing(true)}>
              Compare
            </button>
          </div>
        </div>
      ) : null}
      {comparing && conflict === "changed-on-disk" ? <CompareDialog session={session} onClose={() => setComparing(false)} /> : null}
      {conflict === "removed" ? (
        <div role="alert" className="banner banner-warning">
          <p className="banner-message">This post was deleted or moved on disk. Save to recreate it.</p>
          <div className="banner-actions">
            <button
              type="button"
              className="button"
              onClick={() => {
                session.discardUnsaved();
                onClose();
              }}
            >
              Close without keeping
            </button>
          </div>
        </div>
      ) : null}
      {saveFailure ? (
        <div role="alert" className="banner banner-error">
          <p className="banner-message">
            {saveFailure.message} {saveFailure.wouldEmpty ? "" : "Your text is safe in the editor and in Clearpost's backup."}
          </p>
          <div className="banner-actions">
            {saveFailure.wouldEmpty ? (
              <button type="button" className="button" onClick={() => void session.save({ allowEmpty: true })}>
                Save empty post
              </button>
            ) : (
              <button type="button" className="button" onClick={() => void session.save()}>
                Retry
              </button>
            )}
          </div>
        </div>
      ) : null}
      {readOnly ? (
        <div role="note" className="banner banner-info">
          <p className="banner-message">{readOnly.message} The editor is read-only.</p>
        </div>
      ) : null}
      {problem && !readOnly ? (
        <div role="note" className="banner banner-notice">
          <p className="banner-message">{problem}</p>
        </div>
      ) : null}
    </>
  );
}
