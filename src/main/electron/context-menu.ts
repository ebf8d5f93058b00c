/** Shows our right-click menu (see context-menu-template.ts): Electron shows none by itself. */
import { type BrowserWindow, Menu } from "electron";
import { contextMenuTemplate } from "./context-menu-template";

/** Shows the menu on every right-click in `window`. */
export function installContextMenu(window: BrowserWindow): void {
  const { webContents } = window;
  webContents.on("context-menu", (_event, params) => {
    const template = contextMenuTemplate(params, {
      replaceMisspelling: (word) => webContents.replaceMisspelling(word),
      addToDictionary: (word) => webContents.session.addWordToSpellCheckerDictionary(word),
    });
    if (template.length > 0) Menu.buildFromTemplate(template).popup({ window });
  });
}
