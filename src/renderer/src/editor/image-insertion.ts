/**
 * Pasting or dropping image files into the editor: each file is handed to `saveImage` (which
 * copies it beside the post) and its Markdown goes where it was pasted (over the selection, as
 * pasted text does) or dropped, with the alt text placeholder selected so the writer types the
 * description. The spot is tracked through edits made while the file is saved, so typing on
 * meanwhile moves nothing.
 */
import { type EditorState, type Extension, StateEffect, StateField } from "@codemirror/state";
import { EditorView } from "@codemirror/view";
import { ALT_TEXT_PLACEHOLDER, imageMarkdown } from "../../../shared/images/image-names";

/** What the editor needs to place images and hand on other files. */
export interface ImageInsertionOptions {
  /** Copies an image file beside the post; resolves with its `src` relative to the post. */
  readonly saveImage: (file: File) => Promise<string>;
  /** A dropped Markdown file: the post to open instead of inserting anything. */
  readonly openMarkdownFile: (file: File) => void;
  readonly reportError: (error: unknown) => void;
}

/** Where images go once saved: the range they replace (empty for a drop or a paste at the caret). */
interface ImageTarget {
  readonly from: number;
  readonly to: number;
}

interface PendingImage extends ImageTarget {
  readonly key: number;
}

const addPending = StateEffect.define<PendingImage>();
const removePending = StateEffect.define<number>();

/** Where images still being saved will go, mapped through every change meanwhile. */
const pendingImages = StateField.define<readonly PendingImage[]>({
  create: () => [],
  update(pending, tr) {
    // Text typed over the selection meanwhile shrinks the range to its start, so the images go before that text.
    let next = tr.docChanged ? pending.map((image) => ({ key: image.key, from: tr.changes.mapPos(image.from, -1), to: tr.changes.mapPos(image.to, -1) })) : pending;
    for (const effect of tr.effects) {
      if (effect.is(addPending)) next = [...next, effect.value];
      if (effect.is(removePending)) next = next.filter((image) => image.key !== effect.value);
    }
    return next;
  },
});

const isMarkdownFile = (file: File) => /\.(md|markdown)$/i.test(file.name);

let nextKey = 0;

/** Saves `files` one after another and puts their Markdown over the pending `target`, selecting the first alt text. */
async function insertImages(view: EditorView, files: readonly File[], target: ImageTarget, options: ImageInsertionOptions, userEvent: string): Promise<void> {
  const key = nextKey++;
  view.dispatch({ effects: addPending.of({ key, ...target }) });
  const sources: string[] = [];
  for (const file of files) {
    try {
      sources.push(await options.saveImage(file));
    } catch (error) {
      options.reportError(error);
    }
  }
  const { from, to } = view.state.field(pendingImages).find((image) => image.key === key) ?? target;
  if (sources.length === 0) {
    view.dispatch({ effects: removePending.of(key) });
    return;
  }
  const altStart = from + "![".length;
  view.dispatch({
    changes: { from, to, insert: sources.map(imageMarkdown).join(" ") },
    selection: { anchor: altStart, head: altStart + ALT_TEXT_PLACEHOLDER.length },
    effects: removePending.of(key),
    scrollIntoView: true,
    userEvent,
  });
  view.focus();
}

/** Inserts the images among `files` over `target`; a Markdown file is opened instead. */
function handleFiles(view: EditorView, files: readonly File[], target: ImageTarget, options: ImageInsertionOptions, userEvent: string): void {
  const markdownFile = files.find(isMarkdownFile);
  if (markdownFile === undefined) void insertImages(view, files, target, options, userEvent);
  else options.openMarkdownFile(markdownFile);
}

const acceptsInput = (state: EditorState) => !state.readOnly;

/** The extension: paste and drop handlers plus the field that tracks pending images. */
export function imageInsertion(options: ImageInsertionOptions): Extension {
  return [
    pendingImages,
    EditorView.domEventHandlers({
      paste(event, view) {
        const files = [...(event.clipboardData?.files ?? [])];
        // Word and some browsers put a picture of copied text beside the text: the text is what the writer meant.
        if (files.length === 0 || (event.clipboardData?.getData("text/plain") ?? "") !== "" || !acceptsInput(view.state)) return false;
        event.preventDefault();
        const { from, to } = view.state.selection.main;
        handleFiles(view, files, { from, to }, options, "input.paste");
        return true;
      },
      drop(event, view) {
        const files = [...(event.dataTransfer?.files ?? [])];
        if (files.length === 0 || !acceptsInput(view.state)) return false;
        event.preventDefault();
        const pos = view.posAtCoords({ x: event.clientX, y: event.clientY }) ?? view.state.selection.main.head;
        handleFiles(view, files, { from: pos, to: pos }, options, "input.drop");
        return true;
      },
    }),
  ];
}
