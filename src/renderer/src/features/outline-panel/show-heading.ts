/**
 * Going to a heading from the outline: the cursor goes to its start and the heading to the top of
 * the editor. Focus goes to the editor first, which makes the editor lead scroll sync, so the
 * preview follows it to the same heading.
 */
import { EditorSelection } from "@codemirror/state";
import { EditorView } from "@codemirror/view";
import type { SourceRange } from "../../../../shared/readability";

/** Room left above the heading, so it does not touch the editor's top edge. */
const TOP_MARGIN = 12;

export function showHeading(view: EditorView, heading: SourceRange): void {
  const position = Math.min(Math.max(0, heading.from), view.state.doc.length);
  view.focus();
  view.dispatch({ selection: EditorSelection.cursor(position), effects: EditorView.scrollIntoView(position, { y: "start", yMargin: TOP_MARGIN }), userEvent: "select" });
}
