/** The open post's `word_goal`, as of the last painted frame. */
import { useSyncExternalStore } from "react";
import { wordGoalOf } from "../../../../shared/post/word-goal";
import type { PostSession } from "../../session/post-session";

const subscribeToNothing = () => () => {};

/** Null when no post is open or it sets no goal. */
export function useWordGoal(session: PostSession | null): number | null {
  return useSyncExternalStore(session ? session.snapshot.subscribe : subscribeToNothing, () =>
    session ? wordGoalOf(session.snapshot.get().post.frontMatter) : null,
  );
}
