/**
 * Word counts and grades for the listed posts, fetched after the list shows, a small batch at a
 * time (grading is the slow part, done on the Node side), and again for a post whose file changed.
 */
import { startTransition, useEffect, useState } from "react";
import type { PostStatistics } from "../../../../shared/api/contract";
import type { PostId, PostSummary } from "../../../../shared/model/post";
import { useApi } from "../../api/api-context";

/** Posts asked about per call: a batch is graded in well under a tenth of a second. */
const BATCH_SIZE = 12;
/** A batch waits for an idle moment at most this long. */
const IDLE_TIMEOUT_MS = 2000;

/** A post's statistics (null when it could not be read) with the modification time they belong to. */
export type KnownStatistics = ReadonlyMap<PostId, { readonly modifiedMs: number; readonly statistics: PostStatistics | null }>;

/** The statistics known so far of `posts` (null while loading), by post id, asked for in the posts' order; missing ones are still coming. */
export function usePostStatistics(posts: readonly PostSummary[] | null): KnownStatistics {
  const api = useApi();
  const [known, setKnown] = useState<KnownStatistics>(new Map());

  useEffect(() => {
    if (posts === null) return;
    let cancelled = false;
    const stale = posts.filter((post) => known.get(post.id)?.modifiedMs !== post.modifiedMs);
    if (stale.length === 0) return;
    const batch = stale.slice(0, BATCH_SIZE);
    // Asked when the window is idle: at startup the post the writer opens goes first, not behind grading.
    const idle = requestIdleCallback(
      () => {
        api.postStatistics(batch.map((post) => post.id)).then(
          (statistics) => {
            if (cancelled) return;
            const byId = new Map(statistics.map((entry) => [entry.id, entry]));
            const next = new Map(known);
            // A post left out could not be read: remembered as such, so it is not asked about again and again.
            for (const post of batch) next.set(post.id, { modifiedMs: post.modifiedMs, statistics: byId.get(post.id) ?? null });
            // A transition: re-rendering a long list for a batch of figures never holds up typing.
            startTransition(() => setKnown(next));
          },
          () => undefined, // statistics are a nicety: the list works without them
        );
      },
      { timeout: IDLE_TIMEOUT_MS },
    );
    return () => {
      cancelled = true;
      cancelIdleCallback(idle);
    };
  }, [api, posts, known]);

  return known;
}
