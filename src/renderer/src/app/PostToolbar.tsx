import { HistoryButton } from "../features/history/HistoryButton";
import { ExportButton } from "../features/preview-pane/ExportButton";
import type { PostSession } from "../session/post-session";
import { useSessionStatus } from "../session/use-session-status";
import type { Pane } from "./use-pane-visibility";

interface PostToolbarProps {
  readonly session: PostSession;
  readonly showEditor: boolean;
  readonly showPreview: boolean;
  readonly onToggle: (pane: Pane) => void;
  readonly showReadability: boolean;
  readonly onToggleReadability: () => void;
  readonly showKeywords: boolean;
  readonly onToggleKeywords: () => void;
  readonly showOutline: boolean;
  readonly onToggleOutline: () => void;
}

/** Above the open post: its file, Save, and the buttons that hide or show the editor, the preview and the readability, keywords and outline panels. */
export function PostToolbar({ session, showEditor, showPreview, onToggle, showReadability, onToggleReadability, showKeywords, onToggleKeywords, showOutline, onToggleOutline }: PostToolbarProps) {
  const id = useSessionStatus(session, (status) => status.id, "");
  const readOnly = useSessionStatus(session, (status) => status.readOnly !== null, false);

  return (
    <div className="post-toolbar" role="toolbar" aria-label="Post">
      <span className="post-file" title={id}>
        {id}
      </span>
      <div className="toolbar-group">
        {/* Each label says what a click does; no aria-pressed, which would need a label that never changes. */}
        <button type="button" className="button" onClick={() => onToggle("editor")}>
          {showEditor ? "Hide editor" : "Show editor"}
        </button>
        <button type="button" className="button" onClick={() => onToggle("preview")}>
          {showPreview ? "Hide preview" : "Show preview"}
        </button>
        <button type="button" className="button" onClick={onToggleReadability}>
          {showReadability ? "Hide readability" : "Show readability"}
        </button>
        <button type="button" className="button" onClick={onToggleKeywords}>
          {showKeywords ? "Hide keywords" : "Show keywords"}
        </button>
        <button type="button" className="button" onClick={onToggleOutline}>
          {showOutline ? "Hide outline" : "Show outline"}
        </button>
        <ExportButton session={session} />
        <HistoryButton session={session} />
        <button
          type="button"
          className="button button-primary"
          disabled={readOnly}
          aria-keyshortcuts="Control+S Meta+S"
          onClick={() => void session.save()}
        >
          Save
        </button>
      </div>
    </div>
  );
}
