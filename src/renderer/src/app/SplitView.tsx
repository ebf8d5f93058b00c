import { type ReactNode, useState } from "react";
import { loadPaneLayout, savePaneLayout } from "./pane-layout";
import { PaneSplitter } from "./PaneSplitter";

interface SplitViewProps {
  readonly editor: ReactNode;
  readonly preview: ReactNode;
  readonly showEditor: boolean;
  readonly showPreview: boolean;
}

/**
 * Editor and preview side by side with the divider between them. The split lives here, not in
 * the App, so dragging re-renders only this component (the panes are elements passed in, which
 * React leaves alone when they have not changed).
 */
export function SplitView({ editor, preview, showEditor, showPreview }: SplitViewProps) {
  const [share, setShare] = useState(() => loadPaneLayout().editorShare);
  const both = showEditor && showPreview;
  const columns = both ? `minmax(0, ${share}fr) auto minmax(0, ${1 - share}fr)` : "minmax(0, 1fr)";

  return (
    <div className="split-view" style={{ gridTemplateColumns: columns }}>
      {/* Hidden, not unmounted: the editor keeps its state, undo history and scroll position. */}
      <div className="split-pane" hidden={!showEditor}>
        {editor}
      </div>
      {both ? <PaneSplitter share={share} onChange={setShare} onCommit={(next) => savePaneLayout({ editorShare: next })} /> : null}
      <div className="split-pane" hidden={!showPreview}>
        {preview}
      </div>
    </div>
  );
}
