/** Jumping from a panel to a place in the post's source, even while the editor is hidden. */
import type { EditorView } from "@codemirror/view";
import { useCallback } from "react";
import type { SourceRange } from "../../../../shared/readability";
import { selectInEditor } from "../../editor/analysis-selection";
import type { PostSession } from "../../session/post-session";

/**
 * A function that selects a range in the editor (or puts it there with `place`); `revealEditor`
 * shows the editor first when the writer hid it.
 */
export function useJumpToSource(
  session: PostSession,
  revealEditor: () => void,
  place: (view: EditorView, range: SourceRange) => void = selectInEditor,
): (range: SourceRange) => void {
  return useCallback(
    (range: SourceRange) => {
      // A hidden editor has no layout to scroll: show it, then jump once it is painted.
      if (session.editorHost.getClientRects().length === 0) {
        revealEditor();
        requestAnimationFrame(() => place(session.view, range));
      } else {
        place(session.view, range);
      }
    },
    [session, revealEditor, place],
  );
}
