/** Loads new text from disk into an open editor without disturbing the writer more than needed. */
import { Annotation, type ChangeSpec, type EditorState, Text } from "@codemirror/state";

/** Marks a transaction that loads the file's text from disk rather than recording the writer's typing. */
export const loadedFromDisk = Annotation.define<boolean>();

/**
 * The smallest single change that turns the editor's document into `text`: the common start and
 * end stay, so the selection maps through, the view keeps its scroll position and the preview
 * re-renders only the blocks that differ. Null when the text is already the same.
 */
export function changeToText(state: EditorState, text: string): ChangeSpec | null {
  // Document positions count every line break as one character, whatever the file's line endings.
  const current = state.doc.toString();
  const next = text.replace(/\r\n?/g, "\n");
  if (current === next) return null;
  let start = 0;
  const shorter = Math.min(current.length, next.length);
  while (start < shorter && current.charCodeAt(start) === next.charCodeAt(start)) start++;
  let end = 0;
  while (end < shorter - start && current.charCodeAt(current.length - 1 - end) === next.charCodeAt(next.length - 1 - end)) end++;
  const inserted = next.slice(start, next.length - end);
  return { from: start, to: current.length - end, insert: Text.of(inserted.split("\n")) };
}
