/** Builds a post's list entry from its text: the one place that decides a post's title, date and draft state. */
import type { PostId, PostSummary } from "../model/post";
import { fileStem, firstHeading, readPostHeader, textField } from "./fields";
import { splitPost } from "./front-matter";

/** The summary of a post with id `id`, text `text`, modified at `modifiedMs`. */
export function summarizePost(id: PostId, text: string, modifiedMs: number, problem: string | null = null): PostSummary {
  const split = splitPost(text);
  const header = readPostHeader(split.frontMatter);
  return {
    id,
    title: header.title ?? firstHeading(split.body) ?? fileStem(id),
    date: header.date,
    draft: header.draft,
    tags: header.tags,
    focusKeyphrase: textField(split.frontMatter?.data.focus_keyphrase),
    modifiedMs,
    problem: problem ?? split.frontMatter?.error ?? null,
  };
}

/** Newest first: by front matter date, then by modification time; undated posts sort by modification time. */
export function comparePostsNewestFirst(a: PostSummary, b: PostSummary): number {
  const ka = a.date ?? new Date(a.modifiedMs).toISOString().slice(0, 10);
  const kb = b.date ?? new Date(b.modifiedMs).toISOString().slice(0, 10);
  if (ka !== kb) return ka < kb ? 1 : -1;
  return b.modifiedMs - a.modifiedMs;
}
