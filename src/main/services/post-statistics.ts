/**
 * A post's word count and grade for the posts list, and the messages that carry them to and from
 * the statistics worker (statistics-worker.ts). Pure: it runs in the worker and in tests alike.
 */
import type { PostStatistics } from "../../shared/api/contract";
import type { PostId } from "../../shared/model/post";
import { countText } from "../../shared/post/counts";
import { splitPost } from "../../shared/post/front-matter";
import { readabilityReport } from "../../shared/readability";

/** The statistics of a post's text. */
export function statisticsOf(id: PostId, text: string): PostStatistics {
  const grade = readabilityReport(text).grade;
  return { id, words: countText(splitPost(text).body).words, grade: grade === null ? null : Math.round(grade * 10) / 10 };
}

/** Asks the worker to grade one post's text; `ticket` pairs the answer with the question. */
export interface GradeRequest {
  readonly ticket: number;
  readonly id: PostId;
  readonly text: string;
}

/** The worker's answer: the statistics, or why grading failed. */
export type GradeReply =
  | { readonly ticket: number; readonly statistics: PostStatistics }
  | { readonly ticket: number; readonly failure: string };
