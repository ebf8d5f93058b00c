/** Jumping from a panel to a place in the post's source, even while the editor is hidden. */
import type { EditorView } from "@codemirror/view";
import { useCallback } from "react";
import type { SourceRange } from "../../../../shared/readability";
import { selectInEditor } from "../../editor/analysis-selection";
import type { PostSession } from "../../session/post-session";

/** How a jump puts a range in the editor. */
export type PlaceInEditor = (view: EditorView, range: SourceRange) => void;

/** Frames to wait for a revealed or newly opened editor to be laid out before jumping anyway. */
const MAX_WAIT_FRAMES = 30;

/**
 * Selects `range` in `session`'s editor (or puts it there with `place`). A hidden editor, or one
 * whose pane is still being mounted, has no layout to scroll: `revealEditor` shows it, and the
 * jump waits for the frame where it is laid out.
 */
export function jumpToSource(session: PostSession, revealEditor: () => void, range: SourceRange, place: PlaceInEditor = selectInEditor): void {
  const laidOut = () => session.editorHost.getClientRects().length > 0;
  if (laidOut()) {
    place(session.view, range);
    return;
  }
  revealEditor();
  let frames = 0;
  const placeWhenLaidOut = () => {
    if (laidOut() || ++frames > MAX_WAIT_FRAMES) place(session.view, range);
    else requestAnimationFrame(placeWhenLaidOut);
  };
  requestAnimationFrame(placeWhenLaidOut);
}

/** A function that jumps to a range in `session`'s editor, as `jumpToSource` does. */
export function useJumpToSource(session: PostSession, revealEditor: () => void, place: PlaceInEditor = selectInEditor): (range: SourceRange) => void {
  return useCallback((range: SourceRange) => jumpToSource(session, revealEditor, range, place), [session, revealEditor, place]);
}
