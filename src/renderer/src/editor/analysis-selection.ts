/** Jumping from the readability panel to a place in the post: select it, bring it to the middle of the editor, focus. */
import { EditorView } from "@codemirror/view";
import type { SourceRange } from "../../../shared/readability";

/** Selects `range` (clamped to the text, which may have changed since the report) and focuses the editor. */
export function selectInEditor(view: EditorView, range: SourceRange): void {
  const length = view.state.doc.length;
  const from = Math.min(Math.max(0, range.from), length);
  const to = Math.min(Math.max(from, range.to), length);
  view.dispatch({ selection: { anchor: from, head: to }, effects: EditorView.scrollIntoView(from, { y: "center" }), userEvent: "select" });
  view.focus();
}
