/**
 * The messages between the window and the analysis worker. Kept in one file so both sides
 * agree on them; everything in them is structured-clonable (the report is JSON-safe).
 */
import type { KeywordReport, OtherFocusKeyphrase } from "../../../shared/keywords";
import type { PostHeading } from "../../../shared/markdown/post-headings";
import type { ReadabilityReport } from "../../../shared/readability";
import type { MarkCounts, MarksDelta } from "./marks-delta";

/**
 * How many "fix first" findings a report carries: the panel lists this many, and the full list
 * (most findings) would double what crosses to the window after every keystroke.
 */
export const FIX_FIRST_LIMIT = 10;

/** Which open post a message is about: one analyzer, with its paragraph cache, per key. */
export type AnalysisKey = string;

/** What the keyword checks need to know beyond the text: the post's file name and the library's other focus keyphrases. */
export interface KeywordContext {
  /** The file name without its extension, used when front matter has no `slug`. */
  readonly slug: string;
  readonly otherFocusKeyphrases: readonly OtherFocusKeyphrase[];
}

/** The readability report without its findings, which travel as marks (marks-delta.ts); the legend's counts of them instead. */
export interface ReadabilitySummary extends Omit<ReadabilityReport, "findings"> {
  readonly markCounts: MarkCounts;
}

/** The reports a request asked for; a part not asked for is null. */
export interface AnalysisReports {
  /** With `fixFirst` cut to FIX_FIRST_LIMIT. */
  readonly readability: ReadabilitySummary | null;
  /** The readability marks as a change to those the window has; null when readability was not asked for. */
  readonly marks: MarksDelta | null;
  readonly keywords: KeywordReport | null;
  /** The post's headings, for the Outline panel. */
  readonly outline: readonly PostHeading[] | null;
}

/** From the window: analyse this text, or forget a post. */
export type AnalysisRequest =
  | {
      readonly type: "analyze";
      readonly key: AnalysisKey;
      /** Rises with every request for the key; a report answers the request with its number. */
      readonly sequence: number;
      /** The whole post, front matter included. */
      readonly text: string;
      /**
       * The readability report is wanted, with the writer's target (used when the front matter
       * has no `readability_target`) and the request whose marks the window shows (0: none), so
       * the marks come as a change to those.
       */
      readonly readability: { readonly target: number; readonly marksOf: number } | null;
      /** The keyword report is wanted, with its context. */
      readonly keywords: KeywordContext | null;
      /** The headings are wanted. */
      readonly outline: boolean;
    }
  | { readonly type: "forget"; readonly key: AnalysisKey };

/** From the worker: the report of one request, or why there is none. */
export type AnalysisResponse =
  | {
      readonly type: "report";
      readonly key: AnalysisKey;
      readonly sequence: number;
      readonly reports: AnalysisReports;
      /** Time the worker spent analysing, for measurements. */
      readonly durationMs: number;
    }
  | { readonly type: "failed"; readonly key: AnalysisKey; readonly sequence: number; readonly message: string };
