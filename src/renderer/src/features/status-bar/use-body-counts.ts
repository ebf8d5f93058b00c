/** The counts of the open post's body, computed once per painted snapshot. */
import { useState } from "react";
import { createBodyCounter, type TextCounts } from "../../../../shared/post/counts";
import type { DocumentSnapshot } from "../../session/session-status";

/** A function giving a snapshot's counts; the status bar's text and its word goal share its results. */
export function useBodyCounts(): (snapshot: DocumentSnapshot) => TextCounts {
  const [countsOf] = useState(() => {
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
  return countsOf;
}
