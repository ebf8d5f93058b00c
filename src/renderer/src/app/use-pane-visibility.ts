/** Which of editor and preview show, toggled by the toolbar and remembered across runs. */
import { useCallback, useEffect, useState } from "react";
import { loadPaneLayout, savePaneLayout } from "./pane-layout";

/** The two panes a writer can hide. */
export type Pane = "editor" | "preview";

/** The panes' visibility and a toggle that never hides both (hiding one shows the other). */
export function usePaneVisibility() {
  const [visibility, setVisibility] = useState(() => {
    const { showEditor, showPreview } = loadPaneLayout();
    return { showEditor, showPreview };
  });

  useEffect(() => savePaneLayout(visibility), [visibility]);

  const toggle = useCallback((pane: Pane) => {
    setVisibility(({ showEditor, showPreview }) =>
      pane === "editor"
        ? { showEditor: !showEditor, showPreview: showEditor ? true : showPreview }
        : { showEditor: showPreview ? true : showEditor, showPreview: !showPreview },
    );
  }, []);

  return { ...visibility, toggle };
}
