/**
 * Where Clearpost keeps things when Electron is not there to ask: the default posts folder and
 * the app data folder, computed the way Electron's `app.getPath` does, so the desktop app and
 * the command line agree. Every function takes the system it describes, so tests can pass one.
 */
import { readFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

/** The app's name as a folder name (Electron's userData is named after the product name). */
export const APP_FOLDER_NAME = "Clearpost";

/** The facts about the machine the paths depend on. */
export interface SystemPaths {
  readonly platform: NodeJS.Platform;
  /** The user's home folder. */
  readonly home: string;
  readonly env: Readonly<Record<string, string | undefined>>;
}

/** The machine Clearpost is running on. */
export function currentSystem(): SystemPaths {
  return { platform: process.platform, home: os.homedir(), env: process.env };
}

/** Path joining with the separators of `platform`, so Windows paths come out right on any machine. */
function pathFor(platform: NodeJS.Platform): path.PlatformPath {
  return platform === "win32" ? path.win32 : path.posix;
}

/** An absolute value of environment variable `name`, or null (relative values are ignored, as the XDG spec says). */
function absoluteEnv(system: SystemPaths, name: string): string | null {
  const value = system.env[name];
  return value && pathFor(system.platform).isAbsolute(value) ? value : null;
}

/** `~/.config`, or `$XDG_CONFIG_HOME` when set. */
function xdgConfigHome(system: SystemPaths): string {
  return absoluteEnv(system, "XDG_CONFIG_HOME") ?? path.posix.join(system.home, ".config");
}

/** `XDG_DOCUMENTS_DIR` as `~/.config/user-dirs.dirs` sets it (`"$HOME/Documents"`), or null. */
async function xdgDocumentsDir(system: SystemPaths): Promise<string | null> {
  const fromEnv = absoluteEnv(system, "XDG_DOCUMENTS_DIR");
  if (fromEnv !== null) return fromEnv;
  let dirs: string;
  try {
    dirs = await readFile(path.posix.join(xdgConfigHome(system), "user-dirs.dirs"), "utf8");
  } catch {
    return null; // no file, or unreadable: fall back to ~/Documents
  }
  const match = /^\s*XDG_DOCUMENTS_DIR\s*=\s*"([^"]*)"/m.exec(dirs);
  const value = match?.[1]?.replace(/^\$HOME(?=\/|$)/, system.home);
  return value && path.posix.isAbsolute(value) ? value : null;
}

/** The writer's Documents folder, as Electron's `app.getPath("documents")` would give it. */
export async function documentsFolder(system: SystemPaths): Promise<string> {
  const p = pathFor(system.platform);
  switch (system.platform) {
    case "win32":
      return p.join(system.env.USERPROFILE || system.home, "Documents");
    case "darwin":
      return p.join(system.home, "Documents");
    default:
      return (await xdgDocumentsDir(system)) ?? p.join(system.home, "Documents");
  }
}

/** Where posts live until the writer picks another folder: `Documents/Clearpost`. */
export async function defaultPostsFolder(system: SystemPaths = currentSystem()): Promise<string> {
  return pathFor(system.platform).join(await documentsFolder(system), APP_FOLDER_NAME);
}

/** The folder for settings, as Electron's `app.getPath("userData")` would give it. */
export function appDataFolder(system: SystemPaths = currentSystem()): string {
  const p = pathFor(system.platform);
  switch (system.platform) {
    case "win32":
      return p.join(system.env.APPDATA || p.join(system.home, "AppData", "Roaming"), APP_FOLDER_NAME);
    case "darwin":
      return p.join(system.home, "Library", "Application Support", APP_FOLDER_NAME);
    default:
      return p.join(xdgConfigHome(system), APP_FOLDER_NAME);
  }
}

/** The settings file's name inside the app data folder. */
export const SETTINGS_FILE_NAME = "settings.json";

/** The settings file in the app data folder (see SettingsStore). */
export function settingsFilePath(system: SystemPaths = currentSystem()): string {
  return pathFor(system.platform).join(appDataFolder(system), SETTINGS_FILE_NAME);
}
