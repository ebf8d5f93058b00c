/** Jumping from a panel to a place in the post's source, even while the editor is hidden. */
import type { EditorView } from "@codemirror/view";
import { useCallback } from "react";
import type { SourceRange } from "../../../../shared/readability";
import { selectInEditor } from "../../editor/analysis-selection";
import type { PostSession } from "../../session/post-session";

/** How a jump puts a range in the editor. */
export type PlaceInEditor = (view: EditorView, range: SourceRange) => void;

/** Selects `range` in `session`'s editor (or puts it there with `place`), showing the editor first with `revealEditor` when the writer hid it. */
export function jumpToSource(session: PostSession, revealEditor: () => void, range: SourceRange, place: PlaceInEditor = selectInEditor): void {
  // A hidden (or not yet mounted) editor has no layout to scroll: show it, then jump once it is painted.
  if (session.editorHost.getClientRects().length === 0) {
    revealEditor();
    requestAnimationFrame(() => place(session.view, range));
  } else {
    place(session.view, range);
  }
}

/** A function that jumps to a range in `session`'s editor, as `jumpToSource` does. */
export function useJumpToSource(session: PostSession, revealEditor: () => void, place: PlaceInEditor = selectInEditor): (range: SourceRange) => void {
  return useCallback((range: SourceRange) => jumpToSource(session, revealEditor, range, place), [session, revealEditor, place]);
}
