/** Whether focus mode and typewriter mode are on, remembered in localStorage like the panels. */
import type { WritingModes } from "../../editor/writing-modes";
import { createRememberedStore, storedRecord } from "../../remembered-store";
import type { Store } from "../../store";

function read(stored: unknown): WritingModes {
  const { focus, typewriter } = storedRecord(stored);
  return { focus: focus === true, typewriter: typewriter === true };
}

/** The remembered modes as a store that remembers every change. */
export function createWritingModesPreferences(): Store<WritingModes> {
  return createRememberedStore("clearpost.writingModes", read);
}

/** Turns one mode on when off, off when on. */
export function toggleWritingMode(preferences: Store<WritingModes>, mode: keyof WritingModes): void {
  const current = preferences.get();
  preferences.set({ ...current, [mode]: !current[mode] });
}
