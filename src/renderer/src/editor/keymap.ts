/**
 * The editor's keys. Tab is deliberately left unbound so it moves focus out of the editor, as a
 * keyboard user expects of any text field (CodeMirror's accessibility guidance).
 */
import { closeBracketsKeymap } from "@codemirror/autocomplete";
import { defaultKeymap, historyKeymap } from "@codemirror/commands";
import { searchKeymap } from "@codemirror/search";
import type { Extension } from "@codemirror/state";
import { keymap } from "@codemirror/view";

/** What the editor's keys can ask of the post it shows. */
export interface PostEditorCommands {
  save(): void;
}

/** Mod-s saves (and never opens the browser's "save page"), then the standard editing, search and history keys. */
export function postEditorKeymap(commands: PostEditorCommands): Extension {
  return keymap.of([
    {
      key: "Mod-s",
      preventDefault: true,
      run: () => {
        commands.save();
        return true;
      },
    },
    ...closeBracketsKeymap,
    ...defaultKeymap,
    ...searchKeymap,
    ...historyKeymap,
  ]);
}
