/**
 * Every command a writer can give, in one table: the desktop menu, the editor's keys and the
 * command palette all read it, so a label or a shortcut can never differ between them.
 * Accelerators are in Electron's syntax (`CmdOrCtrl+Shift+P`); key-notation.ts turns them into
 * CodeMirror keys and into the text shown beside a command.
 */

/** The desktop app's top-level menus, in their order. */
export const MENU_NAMES = ["File", "Edit", "View", "Format", "Post", "Help"] as const;
export type MenuName = (typeof MENU_NAMES)[number];

/** One command as the menu, the keys and the palette see it. */
export interface CommandSpec {
  readonly id: string;
  /** As a menu item says it (an ellipsis when it opens a dialog). */
  readonly label: string;
  readonly menu: MenuName;
  /** Electron accelerator syntax; none when the command has no shortcut. */
  readonly accelerator?: string;
  /** Carried out by the desktop app itself (a native dialog); the window never runs it. */
  readonly runsInMain?: true;
  /** Starts a new group in its menu (a separator above it). */
  readonly startsGroup?: true;
}

/** The table, in menu order. Edit's items are Electron's own roles (undo, copy, paste …). */
export const COMMANDS = [
  { id: "open-folder", label: "Open Folder…", menu: "File", accelerator: "CmdOrCtrl+O", runsInMain: true },
  { id: "save", label: "Save", menu: "File", accelerator: "CmdOrCtrl+S" },
  { id: "export-html", label: "Export HTML…", menu: "File", accelerator: "CmdOrCtrl+Shift+E" },
  { id: "copy-as-html", label: "Copy as HTML", menu: "File" },
  { id: "settings", label: "Settings…", menu: "File", accelerator: "CmdOrCtrl+,", startsGroup: true },
  { id: "find-in-posts", label: "Find in Posts…", menu: "Edit", accelerator: "CmdOrCtrl+Shift+F" },
  { id: "command-palette", label: "Command Palette…", menu: "View", accelerator: "CmdOrCtrl+Shift+P" },
  { id: "toggle-editor", label: "Show or Hide Editor", menu: "View", startsGroup: true },
  { id: "toggle-preview", label: "Show or Hide Preview", menu: "View" },
  { id: "toggle-readability", label: "Show or Hide Readability", menu: "View" },
  { id: "toggle-keywords", label: "Show or Hide Keywords", menu: "View" },
  { id: "toggle-outline", label: "Show or Hide Outline", menu: "View" },
  { id: "focus-mode", label: "Focus Mode", menu: "View", startsGroup: true },
  { id: "typewriter-mode", label: "Typewriter Mode", menu: "View" },
  { id: "bold", label: "Bold", menu: "Format", accelerator: "CmdOrCtrl+B" },
  { id: "italic", label: "Italic", menu: "Format", accelerator: "CmdOrCtrl+I" },
  { id: "inline-code", label: "Inline Code", menu: "Format", accelerator: "CmdOrCtrl+E" },
  { id: "link", label: "Link", menu: "Format", accelerator: "CmdOrCtrl+K" },
  { id: "heading-1", label: "Heading 1", menu: "Format", accelerator: "CmdOrCtrl+1", startsGroup: true },
  { id: "heading-2", label: "Heading 2", menu: "Format", accelerator: "CmdOrCtrl+2" },
  { id: "heading-3", label: "Heading 3", menu: "Format", accelerator: "CmdOrCtrl+3" },
  { id: "paragraph", label: "Normal Paragraph", menu: "Format", accelerator: "CmdOrCtrl+0" },
  { id: "bullet-list", label: "Bullet List", menu: "Format", accelerator: "CmdOrCtrl+Shift+8", startsGroup: true },
  { id: "numbered-list", label: "Numbered List", menu: "Format", accelerator: "CmdOrCtrl+Shift+7" },
  { id: "quote", label: "Quote", menu: "Format", accelerator: "CmdOrCtrl+Shift+9" },
  { id: "history", label: "History…", menu: "Post" },
  { id: "next-readability-mark", label: "Next Readability Mark", menu: "Post", accelerator: "F8", startsGroup: true },
  { id: "previous-readability-mark", label: "Previous Readability Mark", menu: "Post", accelerator: "Shift+F8" },
] as const satisfies readonly CommandSpec[];

/** The id of a command in the table. */
export type CommandId = (typeof COMMANDS)[number]["id"];

/** The commands the window carries out (all but those the desktop app runs itself). */
export type WindowCommandId = Exclude<CommandId, Extract<(typeof COMMANDS)[number], { runsInMain: true }>["id"]>;

const BY_ID: ReadonlyMap<string, CommandSpec> = new Map(COMMANDS.map((command) => [command.id, command]));

/** The table's entry for `id`. */
export function commandSpec(id: CommandId): CommandSpec {
  const spec = BY_ID.get(id);
  if (!spec) throw new Error(`Unknown command "${id}"`);
  return spec;
}

/** Whether `value` names a command the window carries out (checks what arrives over IPC or HTTP). */
export function isWindowCommandId(value: unknown): value is WindowCommandId {
  return typeof value === "string" && BY_ID.has(value) && BY_ID.get(value)?.runsInMain !== true;
}
