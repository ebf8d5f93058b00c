/** Failures the writer should see: collected from anywhere in the renderer, shown by ErrorAlerts until dismissed. */
import { apiErrorCode, errorMessage } from "../api/api-errors";
import { createStore } from "../store";

/** One failure on screen. */
export interface ShownError {
  readonly id: number;
  readonly message: string;
}

/** The failures on screen. */
export class ErrorLog {
  readonly shown = createStore<readonly ShownError[]>([]);
  private nextId = 1;

  /** Shows `error` (an ApiError, an Error or a writer-facing string) once, however often it repeats while on screen. */
  readonly report = (error: unknown): void => {
    if (typeof error !== "string" && apiErrorCode(error) === null) console.error(error);
    const message = typeof error === "string" ? error : errorMessage(error);
    if (this.shown.get().some((shown) => shown.message === message)) return;
    this.shown.set([...this.shown.get(), { id: this.nextId++, message }]);
  };

  /** Removes the failure with `id` from the screen. */
  readonly dismiss = (id: number): void => {
    this.shown.set(this.shown.get().filter((shown) => shown.id !== id));
  };
}
