/** Whether the Keywords panel shows, remembered in localStorage; hidden until the writer asks for it. */
import { createRememberedStore, storedRecord } from "../../remembered-store";
import type { Store } from "../../store";

export interface KeywordsPreferences {
  /** The panel shows, and with it the keyword engine runs; hidden, it rests. */
  readonly show: boolean;
}

export function createKeywordsPreferences(): Store<KeywordsPreferences> {
  return createRememberedStore("clearpost.keywords", (stored) => {
    const { show } = storedRecord(stored);
    return { show: show === true };
  });
}

/** Shows the panel when hidden, hides it when shown. */
export function toggleKeywordsPanel(preferences: Store<KeywordsPreferences>): void {
  preferences.set({ ...preferences.get(), show: !preferences.get().show });
}
