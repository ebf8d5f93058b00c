/** A stand-in for the services that answers every call with what it received, to test the transports alone. */
import { CALL_NAMES, type CallName, type ClearpostApi, EVENT_NAMES, type EventName, type EventPayload } from "../../src/shared/api/contract";

/** The stand-in, and the handles a test needs to see through it. */
export interface RecordingServices {
  /** Every call answers `{ method, args }`. */
  readonly api: ClearpostApi;
  /** Every call that reached the services, in order. */
  readonly calls: { method: CallName; args: unknown[] }[];
  /** Delivers `payload` to the current listeners of `event`. */
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
  /** How many listeners `event` has now. */
  listenerCount(event: EventName): number;
}

/** A fresh stand-in with no calls recorded and no listeners. */
export function createRecordingServices(): RecordingServices {
  const calls: { method: CallName; args: unknown[] }[] = [];
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>(EVENT_NAMES.map((event) => [event, new Set()]));
  const listenersOf = (event: EventName) => listeners.get(event) ?? new Set();
  const api: Record<string, unknown> = {};
  for (const method of CALL_NAMES) {
    api[method] = async (...args: unknown[]) => {
      calls.push({ method, args });
      return { method, args };
    };
  }
  for (const event of EVENT_NAMES) {
    api[event] = (listener: (payload: unknown) => void) => {
      listenersOf(event).add(listener);
      return () => listenersOf(event).delete(listener);
    };
  }
  return {
    api: api as unknown as ClearpostApi,
    calls,
    emit: (event, payload) => listenersOf(event).forEach((listener) => listener(payload)),
    listenerCount: (event) => listenersOf(event).size,
  };
}
