/**
 * The editor content's `spellcheck` and `lang` attributes: the browser's (or Electron's) own
 * spellchecker follows them, so spelling is on only when the writer wants it, in the post's language.
 */
import { type Extension, StateEffect, StateField } from "@codemirror/state";
import { EditorView } from "@codemirror/view";

/** What the spellchecker should do: check in `lang`, or not at all when it is null. */
export interface EditorSpelling {
  readonly lang: string | null;
}

/** Dispatch this to change the spelling attributes; nothing else in the editor changes. */
export const setEditorSpelling = StateEffect.define<EditorSpelling>();

const spellingField = StateField.define<EditorSpelling>({
  create: () => ({ lang: null }),
  update(value, transaction) {
    for (const effect of transaction.effects) if (effect.is(setEditorSpelling)) return effect.value;
    return value;
  },
  provide: (field) =>
    EditorView.contentAttributes.from(field, ({ lang }): Record<string, string> => (lang === null ? { spellcheck: "false" } : { spellcheck: "true", lang })),
});

/** The spelling attributes, off until the session says which language to check in. */
export function editorSpelling(): Extension {
  return spellingField;
}

/** The spelling the editor shows now. */
export function currentSpelling(view: EditorView): EditorSpelling {
  return view.state.field(spellingField);
}
