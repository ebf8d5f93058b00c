/** Lets a component watch one part of the open post's status, re-rendering only when that part changes. */
import { useSyncExternalStore } from "react";
import type { PostSession } from "./post-session";
import type { PostSessionStatus } from "./session-status";

const subscribeToNothing = () => () => {};

/** `select(status)` of the open post, or `whenClosed` (a constant) when no post is open. */
export function useSessionStatus<S>(session: PostSession | null, select: (status: PostSessionStatus) => S, whenClosed: S): S {
  return useSyncExternalStore(session ? session.status.subscribe : subscribeToNothing, () =>
    session ? select(session.status.get()) : whenClosed,
  );
}
