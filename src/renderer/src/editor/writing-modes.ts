/**
 * Focus mode dims every line but the paragraph being written; typewriter mode keeps the line
 * being written in the middle of the editor. Both are editor extensions a session switches on
 * and off; focus mode decorates only the lines on screen, so its cost does not grow with the post.
 */
import { EditorState, type Extension, RangeSetBuilder, type Transaction } from "@codemirror/state";
import { Decoration, type DecorationSet, EditorView, ViewPlugin, type ViewUpdate } from "@codemirror/view";

/** The writer's choice of the two modes. */
export interface WritingModes {
  readonly focus: boolean;
  readonly typewriter: boolean;
}

/** The class of a dimmed line (the tests look for it). */
const UNFOCUSED_LINE_CLASS = "cm-unfocused-line";

const dimmed = Decoration.line({ class: UNFOCUSED_LINE_CLASS });

/** The first and last line numbers of the paragraph around the cursor: the lines up to the nearest blank line on each side. */
export function currentParagraph(state: EditorState): { first: number; last: number } {
  const { doc } = state;
  const cursorLine = doc.lineAt(state.selection.main.head).number;
  const isBlank = (number: number) => doc.line(number).text.trim() === "";
  if (isBlank(cursorLine)) return { first: cursorLine, last: cursorLine };
  let first = cursorLine;
  while (first > 1 && !isBlank(first - 1)) first--;
  let last = cursorLine;
  while (last < doc.lines && !isBlank(last + 1)) last++;
  return { first, last };
}

function dimOutsideParagraph(view: EditorView): DecorationSet {
  const { first, last } = currentParagraph(view.state);
  const builder = new RangeSetBuilder<Decoration>();
  let previousLine = 0;
  for (const { from, to } of view.visibleRanges) {
    for (let pos = from; pos <= to; ) {
      const line = view.state.doc.lineAt(pos);
      if (line.number !== previousLine && (line.number < first || line.number > last)) builder.add(line.from, line.from, dimmed);
      previousLine = line.number;
      pos = line.to + 1;
    }
  }
  return builder.finish();
}

const focusPlugin = ViewPlugin.fromClass(
  class {
    decorations: DecorationSet;
    constructor(view: EditorView) {
      this.decorations = dimOutsideParagraph(view);
    }
    update(update: ViewUpdate) {
      if (update.docChanged || update.selectionSet || update.viewportChanged) this.decorations = dimOutsideParagraph(update.view);
    }
  },
  { decorations: (plugin) => plugin.decorations },
);

const focusTheme = EditorView.baseTheme({
  [`.${UNFOCUSED_LINE_CLASS}`]: { opacity: "0.35" },
});

/** Dims all but the current paragraph. */
function focusMode(): Extension {
  return [focusPlugin, focusTheme];
}

/** Typing, deleting and moving with the keys recentre; a click does not, so the text does not jump under the pointer. */
function recentres(tr: Transaction): boolean {
  if (!tr.selection && !tr.docChanged) return false;
  return tr.isUserEvent("input") || tr.isUserEvent("delete") || tr.isUserEvent("undo") || tr.isUserEvent("redo") || (tr.isUserEvent("select") && !tr.isUserEvent("select.pointer"));
}

const TYPEWRITER_CLASS = "cm-typewriter";

/** Keeps the cursor's line centred; room below the last line lets it reach the middle too. */
export function typewriterMode(): Extension {
  return [
    EditorState.transactionExtender.of((tr) => (recentres(tr) ? { effects: EditorView.scrollIntoView(tr.newSelection.main.head, { y: "center" }) } : null)),
    EditorView.editorAttributes.of({ class: TYPEWRITER_CLASS }),
    EditorView.baseTheme({ [`&.${TYPEWRITER_CLASS} .cm-content`]: { paddingBottom: "50vh" } }),
  ];
}

/** The extensions for `modes`. */
export function writingModes(modes: WritingModes): Extension {
  return [modes.focus ? focusMode() : [], modes.typewriter ? typewriterMode() : []];
}
