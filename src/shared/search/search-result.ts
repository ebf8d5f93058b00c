/** What "Find in posts" answers: the matches grouped by post, and what it could not search. */
import type { PostId } from "../model/post";
import type { PostSearchMatch } from "./find-matches";

/** One post's matches. */
export interface PostSearchHit {
  readonly id: PostId;
  readonly title: string;
  /** The first matches, in the order they appear. */
  readonly matches: readonly PostSearchMatch[];
  /** The post has more matches than are listed. */
  readonly moreMatches: boolean;
}

/** A post left out of the search and why, in a writer's words. */
export interface SkippedPost {
  readonly id: PostId;
  readonly reason: string;
}

/** The result of one search over the posts folder. */
export interface PostSearchResult {
  /** The posts with matches, newest first. */
  readonly posts: readonly PostSearchHit[];
  /** How many posts were searched. */
  readonly searchedPosts: number;
  readonly skipped: readonly SkippedPost[];
  /** Why the results stop short (too many matches, or the pattern took too long), or null when they are complete. */
  readonly stopped: string | null;
}
