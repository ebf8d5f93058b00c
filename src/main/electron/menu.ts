/** The application menu: the usual roles (so shortcuts like copy, paste, zoom work), File > Open Folder… and File > Export HTML…. */
import { app, Menu, type MenuItemConstructorOptions } from "electron";

/** What the File menu's own items do. */
export interface AppMenuActions {
  readonly openFolder: () => void;
  /** Asks the window to export the open post, as its "Export HTML" button does. */
  readonly exportHtml: () => void;
}

/** Builds and installs the menu. */
export function installAppMenu({ openFolder, exportHtml }: AppMenuActions): void {
  const isMac = process.platform === "darwin";
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: "appMenu" } satisfies MenuItemConstructorOptions] : []),
    {
      label: "&File",
      submenu: [
        { label: "Open Folder…", accelerator: "CmdOrCtrl+O", click: openFolder },
        { id: "export-html", label: "Export HTML…", accelerator: "CmdOrCtrl+Shift+E", click: exportHtml },
        { type: "separator" },
        isMac ? { role: "close" } : { role: "quit" },
      ],
    },
    { role: "editMenu" },
    {
      label: "&View",
      submenu: [
        { role: "reload" },
        ...(app.isPackaged ? [] : [{ role: "toggleDevTools" } satisfies MenuItemConstructorOptions]),
        { type: "separator" },
        { role: "resetZoom" },
        { role: "zoomIn" },
        { role: "zoomOut" },
        { type: "separator" },
        { role: "togglefullscreen" },
      ],
    },
    { role: "windowMenu" },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
