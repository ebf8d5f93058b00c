/**
 * The application menu, built from the shared command table so its labels and shortcuts are the
 * ones the palette and the editor use: File, Edit, View, Format, Post, Window and Help, with
 * Electron's roles for editing, zoom, full screen and the window. Items that act on the post ask
 * the window to run the command; the window's own keys handle the shortcuts, as in browser mode.
 */
import { app, Menu, type MenuItemConstructorOptions } from "electron";
import { COMMANDS, type MenuName, type WindowCommandId } from "../../shared/commands";

/** What the menu's items do. */
export interface AppMenuActions {
  readonly openFolder: () => void;
  /** Asks the window to run a command, as its palette would. */
  readonly runInWindow: (command: WindowCommandId) => void;
}

const separator: MenuItemConstructorOptions = { type: "separator" };

/** The menu item of one command: Open Folder… runs here, the rest in the window. */
function commandItem(command: (typeof COMMANDS)[number], { openFolder, runInWindow }: AppMenuActions): MenuItemConstructorOptions {
  const accelerator = "accelerator" in command ? command.accelerator : undefined;
  if (command.id === "open-folder") return { id: command.id, label: command.label, accelerator, click: openFolder };
  const id = command.id;
  // Shown, but on Windows and Linux left to the window's keys, which know where focus is (the editor, a text field).
  return { id, label: command.label, accelerator, registerAccelerator: false, click: () => runInWindow(id) };
}

/** The table's items for one menu, with a separator above each new group. */
function commandItems(menu: MenuName, actions: AppMenuActions): MenuItemConstructorOptions[] {
  return COMMANDS.filter((command) => command.menu === menu).flatMap((command, index) =>
    "startsGroup" in command && index > 0 ? [separator, commandItem(command, actions)] : [commandItem(command, actions)],
  );
}

/** Builds and installs the menu. */
export function installAppMenu(actions: AppMenuActions): void {
  const isMac = process.platform === "darwin";
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: "appMenu" } satisfies MenuItemConstructorOptions] : []),
    { label: "&File", submenu: [...commandItems("File", actions), separator, isMac ? { role: "close" } : { role: "quit" }] },
    {
      label: "&Edit",
      submenu: [
        { role: "undo" },
        { role: "redo" },
        separator,
        { role: "cut" },
        { role: "copy" },
        { role: "paste" },
        ...(isMac ? [{ role: "pasteAndMatchStyle" } satisfies MenuItemConstructorOptions] : []),
        { role: "delete" },
        { role: "selectAll" },
        separator,
        ...commandItems("Edit", actions),
      ],
    },
    {
      label: "&View",
      submenu: [
        ...commandItems("View", actions),
        separator,
        { role: "reload" },
        ...(app.isPackaged ? [] : [{ role: "toggleDevTools" } satisfies MenuItemConstructorOptions]),
        separator,
        // Ctrl/Cmd+0 is Format > Normal Paragraph, as in other Markdown editors.
        { role: "resetZoom", accelerator: "CmdOrCtrl+Alt+0" },
        { role: "zoomIn" },
        { role: "zoomOut" },
        separator,
        { role: "togglefullscreen" },
      ],
    },
    { label: "F&ormat", submenu: commandItems("Format", actions) },
    { label: "&Post", submenu: commandItems("Post", actions) },
    { role: "windowMenu" },
    { role: "help", submenu: [...commandItems("Help", actions), ...(isMac ? [] : [{ role: "about" } satisfies MenuItemConstructorOptions])] },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
