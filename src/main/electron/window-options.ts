/**
 * The Clearpost window's options as plain data, apart from the code that creates the window, so
 * a unit test can hold them to Electron's security checklist without starting Electron.
 */
import type { BrowserWindowConstructorOptions, WebPreferences } from "electron";

/**
 * Electron's secure defaults, spelled out so an upgrade or a stray edit cannot loosen them
 * silently: an isolated, sandboxed page with no Node, no webviews and the web's own rules.
 */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInSubFrames: false,
    nodeIntegrationInWorker: false,
    webviewTag: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    spellcheck: true,
  };
}

/** The main window: its size, and the secure web preferences with our sandboxed preload. */
export function mainWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 820,
    minWidth: 720,
    minHeight: 480,
    title: "Clearpost",
    show: false,
    webPreferences: secureWebPreferences(preloadPath),
  };
}
