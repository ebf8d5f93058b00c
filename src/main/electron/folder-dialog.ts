/** Asks the writer for a posts folder with the system's folder picker. */
import { type BrowserWindow, dialog } from "electron";

export async function pickPostsFolder(window: BrowserWindow): Promise<string | null> {
  const result = await dialog.showOpenDialog(window, {
    title: "Open a posts folder",
    buttonLabel: "Open Folder",
    properties: ["openDirectory", "createDirectory"],
  });
  return result.canceled ? null : (result.filePaths[0] ?? null);
}
