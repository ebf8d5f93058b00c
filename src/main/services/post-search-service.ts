/**
 * "Find in posts": searches the text of every post in the folder. Texts are kept with the
 * modification time they were read at, and the library's list (which only stats files it has
 * read before) says which changed, so a second search reads only the posts edited since. The
 * matching runs in time-boxed batches, so a runaway regular expression stops with a note instead
 * of freezing the app, and the results are capped so a search for "e" stays a list one can read.
 */
import { ApiError } from "../../shared/api/errors";
import type { PostId, PostSummary } from "../../shared/model/post";
import { findTextMatches } from "../../shared/search/find-matches";
import { compileSearchPattern, type PostSearchRequest } from "../../shared/search/search-pattern";
import type { PostSearchHit, PostSearchResult, SkippedPost } from "../../shared/search/search-result";
import type { PostLibrary } from "../library";
import { runTimeBoxed } from "./time-box";

/** Matches listed per post, and in all. */
const MATCHES_PER_POST = 20;
const MAX_MATCHES = 1000;
/** Time the matching may take in all: longer, and the window would wait on a stuck pattern. */
const SEARCH_TIME_BUDGET_MS = 2000;
/** Posts read at once, and matched per time-boxed run (the event loop breathes between runs). */
const BATCH_SIZE = 32;

/** A post's text as last read, or why it cannot be searched. */
type CachedText = { readonly modifiedMs: number; readonly text: string } | { readonly modifiedMs: number; readonly skipped: string };

export interface PostSearchOptions {
  readonly timeBudgetMs?: number;
  readonly matchesPerPost?: number;
  readonly maxMatches?: number;
}

/** What a search has found so far; the batches add to it, and a batch stopped by the clock leaves it as it was then. */
interface SearchProgress {
  readonly posts: PostSearchHit[];
  readonly skipped: SkippedPost[];
  searched: number;
  matches: number;
  /** The post being searched. */
  at: PostId | null;
}

/** Searches `batch` into `found`; true when the cap on all matches was passed (the first match beyond it, found with a limit of 0, tells). */
function searchBatch(
  batch: readonly PostSummary[],
  texts: ReadonlyMap<PostId, CachedText>,
  pattern: RegExp,
  found: SearchProgress,
  limits: { readonly matchesPerPost: number; readonly maxMatches: number },
): boolean {
  for (const summary of batch) {
    const cached = texts.get(summary.id);
    if (!cached) continue;
    if ("skipped" in cached) {
      found.skipped.push({ id: summary.id, reason: cached.skipped });
      continue;
    }
    found.at = summary.id;
    const { matches, more } = findTextMatches(cached.text, pattern, Math.min(limits.matchesPerPost, limits.maxMatches - found.matches));
    found.searched++;
    if (matches.length > 0) found.posts.push({ id: summary.id, title: summary.title, matches, moreMatches: more });
    found.matches += matches.length;
    if (more && found.matches >= limits.maxMatches) return true;
  }
  return false;
}

/** Searches the posts of one library. */
export class PostSearchService {
  readonly #library: PostLibrary;
  #texts = new Map<PostId, CachedText>();

  constructor(library: PostLibrary) {
    this.#library = library;
  }

  /** Every post's matches of `request`, newest post first; throws "invalid-argument" for a pattern that is not one. */
  async search(request: PostSearchRequest, options: PostSearchOptions = {}): Promise<PostSearchResult> {
    const compiled = compileSearchPattern(request);
    if (!compiled.ok) throw new ApiError("invalid-argument", compiled.message);
    const { pattern } = compiled;
    const { timeBudgetMs = SEARCH_TIME_BUDGET_MS, matchesPerPost = MATCHES_PER_POST, maxMatches = MAX_MATCHES } = options;
    const summaries = await this.#library.list();
    const texts = await this.#refresh(summaries);

    const found: SearchProgress = { posts: [], skipped: [], searched: 0, matches: 0, at: null };
    let stopped: string | null = null;
    let spent = 0;
    for (let start = 0; start < summaries.length && stopped === null; start += BATCH_SIZE) {
      const batch = summaries.slice(start, start + BATCH_SIZE);
      const began = performance.now();
      let capped = false;
      const finished = runTimeBoxed(() => {
        capped = searchBatch(batch, texts, pattern, found, { matchesPerPost, maxMatches });
      }, timeBudgetMs - spent);
      spent += performance.now() - began;
      if (!finished) stopped = `The search took too long and stopped in "${found.at ?? "?"}"; posts after it were not searched. Try a simpler pattern.`;
      else if (capped) stopped = `Showing the first ${maxMatches.toLocaleString("en")} matches; make the search more specific to see the rest.`;
      // Give other calls and events a turn between batches.
      await new Promise((resolve) => setImmediate(resolve));
    }
    return { posts: found.posts, searchedPosts: found.searched, skipped: found.skipped, stopped };
  }

  /** Reads the posts that are new or changed since the last search and forgets the removed ones. */
  async #refresh(summaries: readonly PostSummary[]): Promise<Map<PostId, CachedText>> {
    const next = new Map<PostId, CachedText>();
    const stale: PostSummary[] = [];
    for (const summary of summaries) {
      const cached = this.#texts.get(summary.id);
      if (summary.modifiedMs === 0) next.set(summary.id, { modifiedMs: 0, skipped: summary.problem ?? "It could not be read." });
      else if (cached?.modifiedMs === summary.modifiedMs) next.set(summary.id, cached);
      else stale.push(summary);
    }
    for (let start = 0; start < stale.length; start += BATCH_SIZE) {
      const batch = stale.slice(start, start + BATCH_SIZE);
      const read = await Promise.all(batch.map((summary) => this.#read(summary)));
      read.forEach((text, index) => {
        const summary = batch[index];
        if (summary && text) next.set(summary.id, text);
      });
    }
    this.#texts = next;
    return next;
  }

  /** A post's text, why it is skipped, or null when it went away since it was listed. */
  async #read(summary: PostSummary): Promise<CachedText | null> {
    try {
      const post = await this.#library.readText(summary.id);
      // Text decoded with replacement characters (or cut short) is not what the writer wrote: say it was skipped.
      if (post.readOnly) return { modifiedMs: summary.modifiedMs, skipped: post.readOnly.message };
      return { modifiedMs: summary.modifiedMs, text: post.text };
    } catch (error) {
      if (error instanceof ApiError && error.code === "not-found") return null;
      return { modifiedMs: summary.modifiedMs, skipped: error instanceof Error ? error.message : String(error) };
    }
  }
}
