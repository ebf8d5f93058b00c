/** Creates the Clearpost window with Electron's secure defaults spelled out (see window-options.ts). */
import { join } from "node:path";
import { BrowserWindow } from "electron";
import { mainWindowOptions } from "./window-options";

/** Where the window loads the renderer from: the dev server in `electron-vite dev`, our scheme otherwise. */
export interface RendererLocation {
  readonly url: string;
}

export function createMainWindow(location: RendererLocation): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(join(__dirname, "../preload/index.cjs")));
  window.once("ready-to-show", () => window.show());
  void window.loadURL(location.url);
  return window;
}
