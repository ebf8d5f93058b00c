/** The filter box's rule: every word the writer typed appears in the post's title, file name or date. */
import type { PostSummary } from "../../../../shared/model/post";

/** The posts matching `query` (case- and accent-insensitive), in their original order. */
export function filterPosts(posts: readonly PostSummary[], query: string): readonly PostSummary[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return posts;
  return posts.filter((post) => {
    const haystack = fold(`${post.title} ${post.id} ${post.date ?? ""}`);
    return words.every((word) => haystack.includes(word));
  });
}

function fold(text: string): string {
  return text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
}
