/** Asks the writer for a folder with the system's folder picker. */
import { type BrowserWindow, dialog } from "electron";

/** The chosen folder, or null when the writer cancels; the picker can make a new folder. */
export async function pickFolder(window: BrowserWindow, title: string, buttonLabel: string): Promise<string | null> {
  const result = await dialog.showOpenDialog(window, { title, buttonLabel, properties: ["openDirectory", "createDirectory"] });
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

export function pickPostsFolder(window: BrowserWindow): Promise<string | null> {
  return pickFolder(window, "Open a posts folder", "Open Folder");
}
