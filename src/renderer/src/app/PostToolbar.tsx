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

/** A button that shows or hides one pane; pressed while the pane is shown. */
function PaneToggle({ label, shown, onToggle }: { readonly label: string; readonly shown: boolean; readonly onToggle: () => void }) {
  return (
    <button type="button" className="pane-toggle" aria-pressed={shown} onClick={onToggle}>
      {label}
    </button>
  );
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
        {/* Toggle buttons with constant names: a screen reader says "Keywords, toggle button, pressed". */}
        <div className="pane-toggles" role="group" aria-label="Panes">
          <PaneToggle label="Editor" shown={showEditor} onToggle={() => onToggle("editor")} />
          <PaneToggle label="Preview" shown={showPreview} onToggle={() => onToggle("preview")} />
          <PaneToggle label="Readability" shown={showReadability} onToggle={onToggleReadability} />
          <PaneToggle label="Keywords" shown={showKeywords} onToggle={onToggleKeywords} />
          <PaneToggle label="Outline" shown={showOutline} onToggle={onToggleOutline} />
        </div>
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
