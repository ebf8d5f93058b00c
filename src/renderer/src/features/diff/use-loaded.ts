/** Something the dialogs read through the API: null while it loads, then its value or why it failed. */
import { useEffect, useState } from "react";
import { errorMessage } from "../../api/api-errors";

/** A loaded value, or the message of the failure, or null while loading. */
export type Loaded<T> = { readonly value: T } | { readonly error: string } | null;

/** Runs `load` (memoized by the caller) each time it changes, and gives only the latest one's outcome. */
export function useLoaded<T>(load: (() => Promise<T>) | null): Loaded<T> {
  const [settled, setSettled] = useState<{ readonly load: () => Promise<T>; readonly loaded: Loaded<T> } | null>(null);
  useEffect(() => {
    if (load === null) return;
    let live = true;
    load().then(
      (value) => live && setSettled({ load, loaded: { value } }),
      (error: unknown) => live && setSettled({ load, loaded: { error: errorMessage(error) } }),
    );
    return () => {
      live = false;
    };
  }, [load]);
  return settled !== null && settled.load === load ? settled.loaded : null;
}
