import type { PostSession } from "../../session/post-session";
import { useSessionStatus } from "../../session/use-session-status";

interface PostNoticesProps {
  readonly session: PostSession;
  /** Closes the post without saving (for a post whose file went away). */
  readonly onClose: () => void;
}

/**
 * What the writer must know about the open post, above the editor: that it is read-only, that
 * its front matter has a problem, or that the file on disk changed or went away (with the choices).
 */
export function PostNotices({ session, onClose }: PostNoticesProps) {
  const readOnly = useSessionStatus(session, (status) => status.readOnly, null);
  const problem = useSessionStatus(session, (status) => status.summary.problem, null);
  const conflict = useSessionStatus(session, (status) => status.conflict, null);

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
          </div>
        </div>
      ) : null}
      {conflict === "removed" ? (
        <div role="alert" className="banner banner-warning">
          <p className="banner-message">This post was deleted or moved on disk. Save to recreate it.</p>
          <div className="banner-actions">
            <button type="button" className="button" onClick={onClose}>
              Close without keeping
            </button>
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
