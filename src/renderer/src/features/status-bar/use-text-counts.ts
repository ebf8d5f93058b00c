/** The counts of the open post's body as of the last painted frame, computed once per snapshot. */
import { useState, useSyncExternalStore } from "react";
import { createBodyCounter, type TextCounts } from "../../../../shared/post/counts";
import type { PostSession } from "../../session/post-session";
import type { DocumentSnapshot } from "../../session/session-status";

const subscribeToNothing = () => () => {};

/** Null when no post is open. */
export function useTextCounts(session: PostSession | null): TextCounts | null {
  const [counter] = useState(() => {
    const countBody = createBodyCounter();
    const bySnapshot = new WeakMap<DocumentSnapshot, TextCounts>();
    return (snapshot: DocumentSnapshot) => {
      let counts = bySnapshot.get(snapshot);
      if (!counts) {
        counts = countBody(snapshot.post.body);
        bySnapshot.set(snapshot, counts);
      }
      return counts;
    };
  });
  return useSyncExternalStore(session ? session.snapshot.subscribe : subscribeToNothing, () =>
    session ? counter(session.snapshot.get()) : null,
  );
}
