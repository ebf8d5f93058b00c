import type { PostSummary } from "../../../../shared/model/post";
import type { PostSession } from "../../session/post-session";
import { useSessionStatus } from "../../session/use-session-status";
import { PostListItem } from "./PostListItem";
import type { KnownStatistics } from "./use-post-statistics";

interface PostsListProps {
  readonly posts: readonly PostSummary[] | null;
  /** All posts before filtering, to tell "no posts" from "no match". */
  readonly total: number;
  readonly query: string;
  /** Word counts and grades known so far. */
  readonly statistics: KnownStatistics;
  readonly session: PostSession | null;
  /** The post whose actions menu is open. */
  readonly menuPostId: string | null;
  readonly onOpen: (post: PostSummary) => void;
  readonly onMenu: (post: PostSummary, anchor: HTMLElement, at: { x: number; y: number } | null) => void;
}

/** The `Posts` navigation: the folder's posts (filtered), the open one marked, with a dot while it has unsaved changes. */
export function PostsList({ posts, total, query, statistics, session, menuPostId, onOpen, onMenu }: PostsListProps) {
  const openId = useSessionStatus(session, (status) => status.id, null);
  const unsaved = useSessionStatus(session, (status) => status.saveState !== "saved", false);

  return (
    <nav aria-label="Posts" className="posts-nav">
      {posts === null ? (
        <p className="list-message">Loading posts…</p>
      ) : total === 0 ? (
        <p className="list-message">No posts in this folder yet. Start one with New post.</p>
      ) : posts.length === 0 ? (
        <p className="list-message">{query.trim() === "" ? "No posts match the chosen filters." : `No posts match “${query.trim()}”.`}</p>
      ) : (
        <ul className="posts-list">
          {posts.map((post) => (
            <PostListItem
              key={post.id}
              post={post}
              statistics={statistics.get(post.id)?.statistics ?? null}
              isOpen={post.id === openId}
              unsaved={post.id === openId && unsaved}
              menuOpen={post.id === menuPostId}
              onOpen={() => onOpen(post)}
              onMenu={(anchor, at) => onMenu(post, anchor, at)}
            />
          ))}
        </ul>
      )}
    </nav>
  );
}
