/**
 * Bold, italic, inline code and links as transactions over the editor's state: each takes the
 * selection (or the word at the cursor) and returns the change, so they can be tested in Node.
 * A second Bold on bold text takes the markers away again.
 */
import { EditorSelection, type EditorState, type SelectionRange, type TransactionSpec } from "@codemirror/state";

/** The run of `char` touching `pos` in one direction, counted up to 3. */
function runLength(state: EditorState, pos: number, char: string, direction: 1 | -1): number {
  let count = 0;
  while (count < 3) {
    const at = direction === 1 ? pos + count : pos - count - 1;
    if (at < 0 || at >= state.doc.length || state.sliceDoc(at, at + 1) !== char) break;
    count++;
  }
  return count;
}

/** Whether a run of marker characters is `marker` itself: `***` counts as both `*` and `**`. */
function runIsMarker(run: number, marker: string): boolean {
  return run === marker.length || (marker[0] === "*" && run === 3);
}

/** The range without spaces at its ends (a double-click can take the space after a word, and `**word **` is not bold). */
function trimmed(state: EditorState, range: SelectionRange): { from: number; to: number } {
  const text = state.sliceDoc(range.from, range.to);
  const from = range.from + (text.length - text.trimStart().length);
  return { from, to: Math.max(from, range.to - (text.length - text.trimEnd().length)) };
}

/** Wraps each selection (or the word at the cursor) in `marker`, or unwraps it when it is already wrapped. */
export function toggleInlineMarkup(state: EditorState, marker: string): TransactionSpec {
  const char = marker.charAt(0);
  const size = marker.length;
  const spec = state.changeByRange((range) => {
    const word = range.empty ? state.wordAt(range.head) : null;
    if (range.empty && !word) {
      // Markers on both sides of the cursor with nothing between: take them away; otherwise start an empty span.
      if (runIsMarker(runLength(state, range.head, char, -1), marker) && runIsMarker(runLength(state, range.head, char, 1), marker)) {
        return { changes: { from: range.head - size, to: range.head + size }, range: EditorSelection.cursor(range.head - size) };
      }
      return { changes: { from: range.head, insert: marker + marker }, range: EditorSelection.cursor(range.head + size) };
    }
    const { from, to } = word ?? trimmed(state, range);
    const keep = (shift: number, length: number) => (word ? EditorSelection.cursor(range.head + shift) : EditorSelection.range(from + shift, from + shift + length));
    // The markers just outside the text: `**|word|**`.
    if (runIsMarker(runLength(state, from, char, -1), marker) && runIsMarker(runLength(state, to, char, 1), marker)) {
      return { changes: [{ from: from - size, to: from }, { from: to, to: to + size }], range: keep(-size, to - from) };
    }
    // The markers inside the selection: `|**word**|`.
    const inner = state.sliceDoc(from, to);
    if (inner.length >= 2 * size && runIsMarker(runLength(state, from, char, 1), marker) && runIsMarker(runLength(state, to, char, -1), marker)) {
      return { changes: [{ from, to: from + size }, { from: to - size, to }], range: keep(0, to - from - 2 * size) };
    }
    return { changes: [{ from, insert: marker }, { from: to, insert: marker }], range: keep(size, to - from) };
  });
  return { ...spec, userEvent: "input.format", scrollIntoView: true };
}

const URL_LIKE = /^(?:https?:\/\/|mailto:|www\.)\S+$/i;
const LINK_TEXT = "link text";
const URL_PLACEHOLDER = "url";

/**
 * Makes the selection a link: `[text](url)` with `url` selected to type over; a selected address
 * becomes the link's address, with its text selected instead.
 */
export function insertLink(state: EditorState): TransactionSpec {
  const spec = state.changeByRange((range) => {
    const { from, to } = trimmed(state, range);
    const selected = state.sliceDoc(from, to);
    if (URL_LIKE.test(selected)) {
      return { changes: { from, to, insert: `[${LINK_TEXT}](${selected})` }, range: EditorSelection.range(from + 1, from + 1 + LINK_TEXT.length) };
    }
    const text = selected || LINK_TEXT;
    const insert = `[${text}](${URL_PLACEHOLDER})`;
    const urlStart = from + text.length + 3;
    return {
      changes: { from, to, insert },
      range: selected ? EditorSelection.range(urlStart, urlStart + URL_PLACEHOLDER.length) : EditorSelection.range(from + 1, from + 1 + text.length),
    };
  });
  return { ...spec, userEvent: "input.format", scrollIntoView: true };
}
