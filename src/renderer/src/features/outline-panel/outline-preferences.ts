/** Whether the Outline panel shows, remembered in localStorage; hidden until the writer asks for it. */
import { createRememberedStore, storedRecord } from "../../remembered-store";
import type { Store } from "../../store";

export interface OutlinePreferences {
  /** The panel shows, and with it the headings are read after every change; hidden, that rests. */
  readonly show: boolean;
}

export function createOutlinePreferences(): Store<OutlinePreferences> {
  return createRememberedStore("clearpost.outline", (stored) => {
    const { show } = storedRecord(stored);
    return { show: show === true };
  });
}

/** Shows the panel when hidden, hides it when shown (its toolbar button and the View menu). */
export function toggleOutlinePanel(preferences: Store<OutlinePreferences>): void {
  preferences.set({ show: !preferences.get().show });
}
