/**
 * Keeps the preview showing the part of the post at the top of the editor, and the editor
 * following when the writer scrolls the preview. The pane the writer last touched leads, so the
 * two never chase each other's scroll events. Source lines of the preview's top-level blocks
 * (their `data-source-line`) map editor lines to preview offsets, interpolating inside a block.
 */
import type { EditorView } from "@codemirror/view";
import type { BlockPosition } from "./block-list";
import { lastIndexAtOrBefore } from "../../../shared/sorted-lookup";

/** The live link between one editor and one preview. */
export interface ScrollSync {
  /** Call after the preview's content changed, so it stays aligned with the editor. */
  previewChanged(): void;
  dispose(): void;
}

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/** The line at the top of the editor's viewport, zero-based, with the hidden part of that line as a fraction. */
function editorTopLine(view: EditorView): number {
  const height = view.scrollDOM.getBoundingClientRect().top - view.documentTop;
  const block = view.lineBlockAtHeight(Math.max(0, height));
  const line = view.state.doc.lineAt(block.from).number - 1;
  return line + clamp((height - block.top) / Math.max(block.height, 1), 0, 1);
}

function scrollEditorToLine(view: EditorView, line: number): void {
  const doc = view.state.doc;
  const whole = clamp(Math.floor(line), 0, doc.lines - 1);
  const block = view.lineBlockAt(doc.line(whole + 1).from);
  const scroller = view.scrollDOM;
  const documentOffset = view.documentTop - scroller.getBoundingClientRect().top + scroller.scrollTop;
  scroller.scrollTop = documentOffset + block.top + (line - whole) * block.height;
}

/** Index of the last block starting at or before `line` (-1 when the line is above the first block). */
function blockIndexAtLine(blocks: readonly BlockPosition[], line: number): number {
  return lastIndexAtOrBefore(blocks, line, (block) => block.startLine);
}

/** Links `view` and the scrolling `preview`; `positions` gives the preview's current blocks. */
export function syncScroll(view: EditorView, preview: HTMLElement, positions: () => readonly BlockPosition[]): ScrollSync {
  let leader: "editor" | "preview" = "editor";
  let frame = 0;

  const offsetOf = (element: HTMLElement) => element.getBoundingClientRect().top - preview.getBoundingClientRect().top + preview.scrollTop;
  const visible = () => view.scrollDOM.clientHeight > 0 && preview.clientHeight > 0;

  /** Preview offset showing fractional source line `line`: between the block's top and the next block's. */
  const previewOffsetOf = (line: number): number => {
    const blocks = positions();
    const first = blocks[0];
    if (!first) return 0;
    const index = blockIndexAtLine(blocks, line);
    const block = blocks[index];
    // Above the first block is the front matter, shown as the header.
    if (!block) return (line / Math.max(first.startLine, 1)) * offsetOf(first.element);
    const top = offsetOf(block.element);
    const next = blocks[index + 1];
    const lines = (next ? next.startLine : block.endLine) - block.startLine;
    const height = next ? offsetOf(next.element) - top : block.element.offsetHeight;
    return top + clamp((line - block.startLine) / Math.max(lines, 1), 0, 1) * height;
  };

  /** Fractional source line shown at preview offset `offset`. */
  const lineAtPreviewOffset = (offset: number): number => {
    const blocks = positions();
    const index = lastIndexAtOrBefore(blocks, offset, (block) => offsetOf(block.element));
    const first = blocks[0];
    const block = blocks[index];
    if (!first) return 0;
    if (!block) return first.startLine * clamp(offset / Math.max(offsetOf(first.element), 1), 0, 1);
    const top = offsetOf(block.element);
    const next = blocks[index + 1];
    const lines = (next ? next.startLine : block.endLine) - block.startLine;
    const height = next ? offsetOf(next.element) - top : block.element.offsetHeight;
    return block.startLine + clamp((offset - top) / Math.max(height, 1), 0, 1) * lines;
  };

  const align = () => {
    frame = 0;
    if (!visible()) return;
    if (leader === "editor") preview.scrollTop = previewOffsetOf(editorTopLine(view));
    else scrollEditorToLine(view, lineAtPreviewOffset(preview.scrollTop));
  };
  const requestAlign = () => {
    frame ||= requestAnimationFrame(align);
  };

  const onEditorScroll = () => {
    if (leader === "editor") requestAlign();
  };
  const onPreviewScroll = () => {
    if (leader === "preview") requestAlign();
  };
  const leadWithEditor = () => {
    leader = "editor";
  };
  const leadWithPreview = () => {
    leader = "preview";
  };
  const touches = ["pointerdown", "wheel", "keydown", "focusin", "touchstart"] as const;

  view.scrollDOM.addEventListener("scroll", onEditorScroll, { passive: true });
  preview.addEventListener("scroll", onPreviewScroll, { passive: true });
  for (const type of touches) {
    view.dom.addEventListener(type, leadWithEditor, { passive: true });
    preview.addEventListener(type, leadWithPreview, { passive: true });
  }

  return {
    previewChanged() {
      if (leader === "editor") requestAlign();
    },
    dispose() {
      cancelAnimationFrame(frame);
      view.scrollDOM.removeEventListener("scroll", onEditorScroll);
      preview.removeEventListener("scroll", onPreviewScroll);
      for (const type of touches) {
        view.dom.removeEventListener(type, leadWithEditor);
        preview.removeEventListener(type, leadWithPreview);
      }
    },
  };
}
