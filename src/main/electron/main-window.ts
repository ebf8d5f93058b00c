/** Creates the Clearpost window with Electron's secure defaults spelled out. */
import { join } from "node:path";
import { BrowserWindow } from "electron";

/** Where the window loads the renderer from: the dev server in `electron-vite dev`, our scheme otherwise. */
export interface RendererLocation {
  readonly url: string;
}

export function createMainWindow(location: RendererLocation): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 720,
    minHeight: 480,
    title: "Clearpost",
    show: false,
    webPreferences: {
      preload: join(__dirname, "../preload/index.cjs"),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      spellcheck: true,
    },
  });
  window.once("ready-to-show", () => window.show());
  void window.loadURL(location.url);
  return window;
}
