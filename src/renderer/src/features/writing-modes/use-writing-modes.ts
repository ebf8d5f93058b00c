/** Keeps the open post's editor in the writer's focus and typewriter modes as they change. */
import { useEffect } from "react";
import type { WritingModes } from "../../editor/writing-modes";
import type { PostSession } from "../../session/post-session";
import type { Store } from "../../store";

/** Applies `preferences` to `session` now and after every change. */
export function useWritingModes(session: PostSession | null, preferences: Store<WritingModes>): void {
  useEffect(() => {
    if (!session) return;
    session.setWritingModes(preferences.get());
    return preferences.subscribe(() => session.setWritingModes(preferences.get()));
  }, [session, preferences]);
}
