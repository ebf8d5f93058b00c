/**
 * A tiny observable value shared by plain code and React: components read only the part they
 * need, so a change re-renders those components and not the tree around them.
 */
import { useSyncExternalStore } from "react";

/** One value that can be read, replaced and watched. */
export interface Store<T> {
  get(): T;
  /** Replaces the value and notifies listeners; does nothing when `next` is the current value. */
  set(next: T): void;
  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
}

/** A store holding `initial`. */
export function createStore<T>(initial: T): Store<T> {
  let value = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    set(next) {
      if (Object.is(next, value)) return;
      value = next;
      for (const listener of [...listeners]) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}

/** The part of `store` that `select` picks; the component re-renders only when that part changes. */
export function useStoreValue<T, S>(store: Store<T>, select: (value: T) => S): S {
  return useSyncExternalStore(store.subscribe, () => select(store.get()));
}
