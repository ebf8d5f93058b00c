/** Collects events and waits for the one a test expects. */
import { vi } from "vitest";

/** A listener that records events, and a way to wait (up to `timeoutMs`) for one matching `predicate`. */
export function eventRecorder<T>(timeoutMs = 1500): { listener: (event: T) => void; events: T[]; waitFor: (predicate: (event: T) => boolean) => Promise<T> } {
  const events: T[] = [];
  return {
    events,
    listener: (event) => void events.push(event),
    waitFor: async (predicate) => {
      await vi.waitFor(() => {
        if (!events.some(predicate)) throw new Error(`no matching event yet; saw ${JSON.stringify(events)}`);
      }, { timeout: timeoutMs, interval: 20 });
      return events.find(predicate) as T;
    },
  };
}
