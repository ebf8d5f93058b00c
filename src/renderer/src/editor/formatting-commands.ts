/**
 * The Format menu's commands over the editor, and their keys taken from the command table, so
 * the editor's shortcuts are the ones the menu and the palette show.
 */
import type { EditorState, Extension, TransactionSpec } from "@codemirror/state";
import { type Command, keymap } from "@codemirror/view";
import { type CommandId, commandSpec, toCodeMirrorKey } from "../../../shared/commands";
import { insertLink, toggleInlineMarkup } from "./inline-markup";
import { setHeadingLevel, toggleLineBlock } from "./line-markup";

/** Each formatting command's transaction over a state. */
const FORMATTING_TRANSFORMS = {
  bold: (state) => toggleInlineMarkup(state, "**"),
  italic: (state) => toggleInlineMarkup(state, "*"),
  "inline-code": (state) => toggleInlineMarkup(state, "`"),
  link: insertLink,
  "heading-1": (state) => setHeadingLevel(state, 1),
  "heading-2": (state) => setHeadingLevel(state, 2),
  "heading-3": (state) => setHeadingLevel(state, 3),
  paragraph: (state) => setHeadingLevel(state, 0),
  "bullet-list": (state) => toggleLineBlock(state, "bullet-list"),
  "numbered-list": (state) => toggleLineBlock(state, "numbered-list"),
  quote: (state) => toggleLineBlock(state, "quote"),
} satisfies Partial<Record<CommandId, (state: EditorState) => TransactionSpec>>;

/** The commands of the Format menu. */
export type FormattingCommandId = keyof typeof FORMATTING_TRANSFORMS;

/** Every formatting command's id, in the table's order. */
export const FORMATTING_COMMAND_IDS = Object.keys(FORMATTING_TRANSFORMS) as FormattingCommandId[];

/** The editor command for `id`: does nothing (and lets the key pass) in a read-only post. */
export function formattingCommand(id: FormattingCommandId): Command {
  return (view) => {
    if (view.state.readOnly) return false;
    view.dispatch(FORMATTING_TRANSFORMS[id](view.state));
    return true;
  };
}

/** The formatting shortcuts, as the command table gives them. */
export function formattingKeymap(): Extension {
  return keymap.of(
    FORMATTING_COMMAND_IDS.flatMap((id) => {
      const { accelerator } = commandSpec(id);
      return accelerator ? [{ key: toCodeMirrorKey(accelerator), run: formattingCommand(id), preventDefault: true }] : [];
    }),
  );
}
