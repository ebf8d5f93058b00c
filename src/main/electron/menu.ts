/** The application menu: the usual roles (so shortcuts like copy, paste, zoom work) and File > Open Folder…. */
import { app, Menu, type MenuItemConstructorOptions } from "electron";

/** Builds and installs the menu; `openFolder` runs when the writer picks File > Open Folder…. */
export function installAppMenu(openFolder: () => void): void {
  const isMac = process.platform === "darwin";
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: "appMenu" } satisfies MenuItemConstructorOptions] : []),
    {
      label: "&File",
      submenu: [
        { label: "Open Folder…", accelerator: "CmdOrCtrl+O", click: openFolder },
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
