/** The listeners of one kind of event: subscribing returns the unsubscribe function the API promises. */
export class ListenerSet<T> {
  readonly #listeners = new Set<(payload: T) => void>();

  /** Adds `listener`; the returned function removes it again. */
  add(listener: (payload: T) => void): () => void {
    // A wrapper per subscription, so subscribing the same function twice needs two unsubscribes.
    const entry = (payload: T) => listener(payload);
    this.#listeners.add(entry);
    return () => {
      this.#listeners.delete(entry);
    };
  }

  /** Calls every listener with `payload`; one that throws does not keep the others from hearing it. */
  emit(payload: T): void {
    for (const listener of [...this.#listeners]) {
      try {
        listener(payload);
      } catch (error) {
        console.warn("Clearpost: an event listener failed", error);
      }
    }
  }

  /** Removes every listener. */
  clear(): void {
    this.#listeners.clear();
  }
}
