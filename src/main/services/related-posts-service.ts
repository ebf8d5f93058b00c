/**
 * Related posts across the writer's library (issue 4): each post's term vector is kept with the
 * modification time it was read at, so a query re-reads only the posts that changed since the
 * last one, and the TF-IDF index is rebuilt only when some post did.
 */
import type { RelatedPostSummary } from "../../shared/api/contract";
import { buildRelatedPostsIndex, buildTermVector, findRelatedPosts, type RelatedPostsIndex, type TermVector } from "../../shared/keywords";
import type { PostId, PostSummary } from "../../shared/model/post";
import type { PostLibrary } from "../library";

interface CachedVector {
  readonly modifiedMs: number;
  readonly vector: TermVector;
}

/** Answers "which of my posts is this one most like?" for one library. */
export class RelatedPostsService {
  readonly #library: PostLibrary;
  #vectors = new Map<PostId, CachedVector>();
  #index: RelatedPostsIndex | null = null;

  constructor(library: PostLibrary) {
    this.#library = library;
  }

  /** The posts most like post `id` by content, most similar first (five unless `limit` says otherwise). */
  async related(id: PostId, limit?: number): Promise<RelatedPostSummary[]> {
    const summaries = await this.#library.list();
    await this.#refresh(summaries);
    const target = this.#vectors.get(id);
    if (!target || !this.#index) return [];
    const titles = new Map(summaries.map((summary) => [summary.id, summary.title]));
    return findRelatedPosts(this.#index, target.vector, { excludeId: id, limit }).map((post) => ({
      id: post.id,
      title: titles.get(post.id) ?? post.id,
      similarity: post.similarity,
    }));
  }

  /** Reads the posts that are new or changed, forgets the removed ones, and rebuilds the index if anything moved. */
  async #refresh(summaries: readonly PostSummary[]): Promise<void> {
    const next = new Map<PostId, CachedVector>();
    let changed = false;
    for (const summary of summaries) {
      // A post that cannot be read (its problem is listed) has no content to compare.
      if (summary.problem !== null && summary.modifiedMs === 0) continue;
      const cached = this.#vectors.get(summary.id);
      if (cached?.modifiedMs === summary.modifiedMs) {
        next.set(summary.id, cached);
        continue;
      }
      const vector = await this.#readVector(summary.id);
      if (vector === null) continue;
      next.set(summary.id, { modifiedMs: summary.modifiedMs, vector });
      changed = true;
    }
    // Same size and nothing read again: the same posts as last time.
    if (next.size !== this.#vectors.size) changed = true;
    this.#vectors = next;
    if (changed || this.#index === null) {
      this.#index = buildRelatedPostsIndex([...next].map(([postId, { vector }]) => ({ id: postId, vector })));
    }
  }

  /** A post's vector, or null when it went away or became unreadable since it was listed. */
  async #readVector(id: PostId): Promise<TermVector | null> {
    try {
      return buildTermVector((await this.#library.read(id)).text);
    } catch {
      return null;
    }
  }
}
