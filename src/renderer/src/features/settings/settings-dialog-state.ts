/**
 * Whether the Settings dialog is open, outside React so any command can open it: the sidebar's
 * Settings button, Ctrl/Cmd+, and the command palette's "Settings…" all call `openSettings()`.
 */
import { createStore } from "../../store";

/** True while the Settings dialog is shown. */
export const settingsDialogOpen = createStore(false);

/** Opens the Settings dialog (the palette's "Settings…" command). */
export function openSettings(): void {
  settingsDialogOpen.set(true);
}

/** Closes the Settings dialog. */
export function closeSettings(): void {
  settingsDialogOpen.set(false);
}
