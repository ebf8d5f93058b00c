/**
 * Clicking the preview puts the editor's cursor at the Markdown the clicked block came from, so a
 * writer can fix what they are reading. Links keep behaving as links and interactive parts (a
 * summary, a video) keep their own click; a click that ends a text selection, or the second click
 * of a double click, does not jump. Inside a block of several source lines the line is
 * interpolated from where the click fell, as scroll sync does.
 */
import { EditorSelection } from "@codemirror/state";
import { EditorView } from "@codemirror/view";
import type { BlockPosition } from "./block-list";

const INTERACTIVE = "a[href], area[href], summary, button, input, select, textarea, label, iframe, video, audio";

/** The zero-based source line under `clientY` in `block`. */
function lineAt(block: BlockPosition, clientY: number): { line: number; top: number } {
  const box = block.element.getBoundingClientRect();
  const lines = Math.max(block.endLine - block.startLine, 1);
  const index = Math.min(lines - 1, Math.max(0, Math.floor(((clientY - box.top) / Math.max(box.height, 1)) * lines)));
  return { line: block.startLine + index, top: box.top + (index / lines) * box.height };
}

/** Handles clicks in `preview`, whose blocks `positions` gives; returns the function that stops it. */
export function placeCursorOnClick(view: EditorView, preview: HTMLElement, positions: () => readonly BlockPosition[]): () => void {
  const onClick = (event: MouseEvent) => {
    if (event.button !== 0 || event.detail > 1) return;
    const target = event.target instanceof Element ? event.target : null;
    if (!target || target.closest(INTERACTIVE)) return;
    const selection = preview.ownerDocument.getSelection();
    if (selection && !selection.isCollapsed && preview.contains(selection.anchorNode)) return;
    const block = positions().find((shown) => shown.element.contains(target));
    if (!block) return;
    const { line, top } = lineAt(block, event.clientY);
    const doc = view.state.doc;
    const position = doc.line(Math.min(line + 1, doc.lines)).from;
    // The source line lands as high in the editor as the block is in the preview, so neither pane jumps.
    const margin = Math.max(0, top - preview.getBoundingClientRect().top);
    view.dispatch({ selection: EditorSelection.cursor(position), effects: EditorView.scrollIntoView(position, { y: "start", yMargin: margin }) });
    view.focus();
  };
  preview.addEventListener("click", onClick);
  return () => preview.removeEventListener("click", onClick);
}
