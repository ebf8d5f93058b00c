/** The Keywords panel's edits of the front matter, made through the editor so undo works and the cursor stays. */
import type { EditorView } from "@codemirror/view";
import { addFrontMatterListItem, setFrontMatterField } from "../../../../shared/post/edit-front-matter";
import { changeToText } from "../../editor/replace-document";

/** Replaces the editor's text with `edit(text)` as one undoable change of the differing span. */
function editText(view: EditorView, edit: (text: string) => string): void {
  const changes = changeToText(view.state, edit(view.state.doc.toString()));
  if (changes) view.dispatch({ changes, userEvent: "input.front-matter" });
}

/** Sets front matter `focus_keyphrase`. Throws an ApiError when the front matter is broken YAML. */
export function chooseFocusKeyphrase(view: EditorView, phrase: string): void {
  editText(view, (text) => setFrontMatterField(text, "focus_keyphrase", phrase));
}

/** Adds `phrase` to front matter `keywords` (kept when already there). Throws an ApiError when the front matter is broken YAML. */
export function addToKeywords(view: EditorView, phrase: string): void {
  editText(view, (text) => addFrontMatterListItem(text, "keywords", phrase));
}

/** Inserts `markdown` at the cursor (replacing a selection), puts the cursor after it and focuses the editor. */
export function insertAtCursor(view: EditorView, markdown: string): void {
  view.dispatch(view.state.replaceSelection(markdown), { userEvent: "input", scrollIntoView: true });
  view.focus();
}
