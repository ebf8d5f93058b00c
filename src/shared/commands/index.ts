/** The commands' table and the notations of their shortcuts: the public surface of src/shared/commands. */
export { COMMANDS, MENU_NAMES, commandSpec, isWindowCommandId } from "./command-table";
export type { CommandId, CommandSpec, MenuName, WindowCommandId } from "./command-table";
export { ariaKeyShortcut, keyCodeOf, matchesAccelerator, parseAccelerator, shortcutText, toCodeMirrorKey } from "./key-notation";
export type { KeyPlatform, KeyPress, ParsedAccelerator } from "./key-notation";
