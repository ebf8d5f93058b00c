import { useEffect, useId, useState } from "react";
import type { RelatedPostSummary } from "../../../../shared/api/contract";
import type { PostSummary } from "../../../../shared/model/post";
import { useApi } from "../../api/api-context";

interface RelatedPostsProps {
  readonly postId: string;
  /** The posts list: when it changes (a save, a post added or edited elsewhere), the list is asked for again. */
  readonly posts: readonly PostSummary[];
  readonly readOnly: boolean;
  readonly onInsertLink: (post: RelatedPostSummary) => void;
}

/** The writer's posts most like this one (by their saved text), each with a button that links to it at the cursor. */
export function RelatedPosts({ postId, posts, readOnly, onInsertLink }: RelatedPostsProps) {
  const api = useApi();
  const id = useId();
  const [related, setRelated] = useState<{ readonly list: readonly RelatedPostSummary[]; readonly failure: string | null } | null>(null);

  useEffect(() => {
    let current = true;
    api.relatedPosts(postId).then(
      (list) => current && setRelated({ list, failure: null }),
      (error: unknown) => current && setRelated({ list: [], failure: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      current = false;
    };
  }, [api, postId, posts]);

  if (related === null) return <p className="panel-note">Comparing with your other posts…</p>;
  if (related.failure !== null) return <p className="panel-note" role="alert">Related posts are unavailable: {related.failure}</p>;
  if (related.list.length === 0) return <p className="panel-note">No other post of this folder shares much with this one yet.</p>;
  return (
    <ol className="panel-list related-posts">
      {related.list.map((post, index) => (
        <li key={post.id} className="panel-card related-post">
          <span id={`${id}-${index}`} className="related-post-title" title={post.id}>
            {post.title}
          </span>
          <span className="related-post-similarity">{Math.round(post.similarity * 100)}% alike</span>
          <button type="button" className="button button-small" aria-describedby={`${id}-${index}`} disabled={readOnly} onClick={() => onInsertLink(post)}>
            Insert link
          </button>
        </li>
      ))}
    </ol>
  );
}
