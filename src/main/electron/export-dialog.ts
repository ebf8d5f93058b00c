/** Asks the writer where to save exported posts, with the system's save and folder dialogs. */
import { type BrowserWindow, dialog } from "electron";
import { pickFolder } from "./folder-dialog";

/** The chosen file, or null when the writer cancels; the dialog itself asks before replacing a file. */
export async function pickExportFile(window: BrowserWindow, fileName: string): Promise<string | null> {
  const result = await dialog.showSaveDialog(window, {
    title: "Export HTML",
    buttonLabel: "Export",
    defaultPath: fileName,
    filters: [{ name: "Web page", extensions: ["html"] }],
    // Linux only; macOS and Windows always confirm an overwrite.
    properties: ["createDirectory", "showOverwriteConfirmation"],
  });
  return result.canceled || !result.filePath ? null : result.filePath;
}

/** The folder for "Export all", or null when the writer cancels. */
export function pickExportFolder(window: BrowserWindow): Promise<string | null> {
  return pickFolder(window, "Export all posts into a folder", "Export Here");
}
