/**
 * Related posts by content: each post becomes a vector of its content-word stems (title and
 * prose), weighted by TF-IDF over the writer's library (sublinear term frequency, smoothed IDF),
 * and posts are ranked by cosine similarity. Pure functions over plain vectors, so the Node side
 * can keep one vector per post, update only the posts that change, and rebuild the index (cheap
 * next to reading the posts) when one does.
 */
import { findBodyProseBlocks, tokenizeBlock } from "../readability";
import { contentStem } from "./keyword-word";
import { splitPost } from "../post/front-matter";
import { readPostHeader } from "../post/fields";

/** A post's content-word stems and how often each occurs (`counts[i]` for `stems[i]`). JSON-safe, to keep or send as is. */
export interface TermVector {
  readonly stems: readonly string[];
  readonly counts: readonly number[];
}

/** A post of the library and its vector. */
export interface LibraryPost {
  readonly id: string;
  readonly vector: TermVector;
}

/** A related post and its cosine similarity (0 to 1) to the target. */
export interface RelatedPost {
  readonly id: string;
  readonly similarity: number;
}

/** How many related posts to list, and which post is the target (left out of its own list). */
export interface RelatedPostsOptions {
  /** Default 5. */
  readonly limit?: number;
  readonly excludeId?: string;
}

/** Related posts listed unless a caller asks for another number. */
export const DEFAULT_RELATED_LIMIT = 5;

function addStems(terms: Map<string, number>, text: string): void {
  for (const sentence of tokenizeBlock({ text })) {
    for (const word of sentence.words) {
      const stem = contentStem(word.text);
      if (stem !== null) terms.set(stem, (terms.get(stem) ?? 0) + 1);
    }
  }
}

/** The term vector of a post (front matter included in `text`; its title counts as text). */
export function buildTermVector(text: string): TermVector {
  const { frontMatter, body, bodyOffset } = splitPost(text);
  const terms = new Map<string, number>();
  const title = readPostHeader(frontMatter).title;
  if (title !== null) addStems(terms, title);
  for (const block of findBodyProseBlocks(body, bodyOffset)) addStems(terms, block.text);
  return { stems: [...terms.keys()], counts: [...terms.values()] };
}

/**
 * The library prepared for similarity queries: each stem's IDF, its postings (which posts have
 * it, with what TF-IDF weight) and each post's norm. Build it once per change of the library and
 * query it for any number of posts.
 */
export interface RelatedPostsIndex {
  readonly ids: readonly string[];
  readonly norms: readonly number[];
  readonly idf: ReadonlyMap<string, number>;
  /** Per stem, the posts that have it (`posts`) and its weight in each (`weights`). */
  readonly postings: ReadonlyMap<string, { readonly posts: readonly number[]; readonly weights: readonly number[] }>;
}

/** A term's TF-IDF weight: sublinear term frequency times IDF. */
function weight(count: number, idf: number): number {
  return count > 0 ? (1 + Math.log(count)) * idf : 0;
}

/** Prepares a library for `findRelatedPosts`; IDF is smoothed: ln((1 + N) / (1 + df)) + 1. */
export function buildRelatedPostsIndex(library: readonly LibraryPost[]): RelatedPostsIndex {
  // Stems get numbers in a first pass, so the second works on arrays rather than looking stems up again.
  const stemIds = new Map<string, number>();
  const frequencies: number[] = [];
  const postTerms = library.map((post) =>
    post.vector.stems.map((stem) => {
      let id = stemIds.get(stem);
      if (id === undefined) stemIds.set(stem, (id = frequencies.push(0) - 1));
      frequencies[id] = (frequencies[id] ?? 0) + 1;
      return id;
    }),
  );
  const idfById = frequencies.map((frequency) => Math.log((1 + library.length) / (1 + frequency)) + 1);
  const postsById: number[][] = idfById.map(() => []);
  const weightsById: number[][] = idfById.map(() => []);
  const norms = library.map((post, index) => {
    let squares = 0;
    (postTerms[index] ?? []).forEach((id, term) => {
      const value = weight(post.vector.counts[term] ?? 0, idfById[id] ?? 0);
      if (value === 0) return;
      squares += value * value;
      postsById[id]?.push(index);
      weightsById[id]?.push(value);
    });
    return Math.sqrt(squares);
  });
  const idf = new Map<string, number>();
  const postings = new Map<string, { posts: number[]; weights: number[] }>();
  for (const [stem, id] of stemIds) {
    idf.set(stem, idfById[id] ?? 0);
    postings.set(stem, { posts: postsById[id] ?? [], weights: weightsById[id] ?? [] });
  }
  return { ids: library.map((post) => post.id), norms, idf, postings };
}

/** The posts of an index most similar to `target`, most similar first; posts sharing nothing are left out. */
export function findRelatedPosts(index: RelatedPostsIndex, target: TermVector, options: RelatedPostsOptions = {}): RelatedPost[] {
  // A stem no post has gets the IDF of a stem in no document.
  const unseenIdf = Math.log(1 + index.ids.length) + 1;
  const dots = new Float64Array(index.ids.length);
  let targetSquares = 0;
  target.stems.forEach((stem, term) => {
    const value = weight(target.counts[term] ?? 0, index.idf.get(stem) ?? unseenIdf);
    targetSquares += value * value;
    const list = index.postings.get(stem);
    list?.posts.forEach((post, i) => {
      dots[post] = (dots[post] ?? 0) + value * (list.weights[i] ?? 0);
    });
  });
  const related: RelatedPost[] = [];
  dots.forEach((dot, post) => {
    const id = index.ids[post];
    const norm = index.norms[post] ?? 0;
    if (dot > 0 && id !== undefined && id !== options.excludeId) related.push({ id, similarity: dot / Math.sqrt(norm * norm * targetSquares) });
  });
  return related.sort((a, b) => b.similarity - a.similarity || a.id.localeCompare(b.id)).slice(0, options.limit ?? DEFAULT_RELATED_LIMIT);
}

/** The posts of `library` most similar to `target`, in one step (build the index yourself to query it again). */
export function relatedPosts(target: TermVector, library: readonly LibraryPost[], options: RelatedPostsOptions = {}): RelatedPost[] {
  return findRelatedPosts(buildRelatedPostsIndex(library), target, options);
}
