/** The posts list's order and filters: sort by date, title or last edit; drafts or published; one tag; the filter box's words. */
import type { PostSummary } from "../../../../shared/model/post";
import { comparePostsNewestFirst } from "../../../../shared/post/summary";
import { filterPosts } from "./filter-posts";

/** How the list is ordered: newest date first, title A–Z, or most recently edited first. */
export type PostSortOrder = "date" | "title" | "edited";
/** Which posts show by their draft state. */
export type PostStatusFilter = "all" | "drafts" | "published";

/** What the writer chose in the list's controls. */
export interface PostListView {
  readonly sort: PostSortOrder;
  readonly status: PostStatusFilter;
  /** Only posts with this tag (compared without regard to case), or null for every post. */
  readonly tag: string | null;
  /** The filter box's text. */
  readonly query: string;
}

const byTitle = new Intl.Collator(undefined, { sensitivity: "base", numeric: true });

const COMPARE: Readonly<Record<PostSortOrder, (a: PostSummary, b: PostSummary) => number>> = {
  date: comparePostsNewestFirst,
  title: (a, b) => byTitle.compare(a.title, b.title) || a.id.localeCompare(b.id),
  edited: (a, b) => b.modifiedMs - a.modifiedMs,
};

const hasTag = (post: PostSummary, tag: string) => post.tags.some((own) => byTitle.compare(own, tag) === 0);

/** The posts to show, in order, for `view`. */
export function arrangePosts(posts: readonly PostSummary[], view: PostListView): readonly PostSummary[] {
  const { tag, status } = view;
  const kept = filterPosts(posts, view.query).filter(
    (post) => (status === "all" || post.draft === (status === "drafts")) && (tag === null || hasTag(post, tag)),
  );
  return [...kept].sort(COMPARE[view.sort]);
}

/** Every tag used in `posts`, once each (the first spelling met), in alphabetical order. */
export function tagsOf(posts: readonly PostSummary[]): string[] {
  const tags = new Map<string, string>();
  for (const post of posts) for (const tag of post.tags) if (!tags.has(tag.toLowerCase())) tags.set(tag.toLowerCase(), tag);
  return [...tags.values()].sort(byTitle.compare);
}
