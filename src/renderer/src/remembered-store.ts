/** A store whose value is remembered in localStorage across runs (panel choices and the like). */
import { createStore, type Store } from "./store";

/**
 * A store loaded from localStorage `key` through `read` (which gets the parsed JSON, or null,
 * and must return a valid value whatever it gets) and saved back after every change.
 */
export function createRememberedStore<T>(key: string, read: (stored: unknown) => T): Store<T> {
  let stored: unknown = null;
  try {
    stored = JSON.parse(localStorage.getItem(key) ?? "null");
  } catch {
    // Unreadable or unparsable storage: start from the defaults.
  }
  const store = createStore(read(stored));
  store.subscribe(() => {
    try {
      localStorage.setItem(key, JSON.stringify(store.get()));
    } catch {
      // Private windows and full disks refuse storage; the choice then lasts for this run only.
    }
  });
  return store;
}

/** The record a remembered value was stored as, or an empty one when it was something else. */
export function storedRecord(stored: unknown): Record<string, unknown> {
  return typeof stored === "object" && stored !== null && !Array.isArray(stored) ? (stored as Record<string, unknown>) : {};
}
