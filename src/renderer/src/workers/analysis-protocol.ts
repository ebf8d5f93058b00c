/**
 * The messages between the window and the analysis worker. Kept in one file so both sides
 * agree on them; everything in them is structured-clonable (the report is JSON-safe).
 */
import type { ReadabilityReport } from "../../../shared/readability";

/**
 * How many "fix first" findings a report carries: the panel lists this many, and the full list
 * (most findings) would double what crosses to the window after every keystroke.
 */
export const FIX_FIRST_LIMIT = 10;

/** Which open post a message is about: one analyzer, with its paragraph cache, per key. */
export type AnalysisKey = string;

/** From the window: analyse this text, or forget a post. */
export type AnalysisRequest =
  | {
      readonly type: "analyze";
      readonly key: AnalysisKey;
      /** Rises with every request for the key; a report answers the request with its number. */
      readonly sequence: number;
      /** The whole post, front matter included. */
      readonly text: string;
      /** The writer's setting, used when the front matter has no `readability_target`. */
      readonly target: number;
    }
  | { readonly type: "forget"; readonly key: AnalysisKey };

/** From the worker: the report of one request, or why there is none. */
export type AnalysisResponse =
  | {
      readonly type: "report";
      readonly key: AnalysisKey;
      readonly sequence: number;
      /** The report, with `fixFirst` cut to FIX_FIRST_LIMIT. */
      readonly report: ReadabilityReport;
      /** Time the worker spent analysing, for measurements. */
      readonly durationMs: number;
    }
  | { readonly type: "failed"; readonly key: AnalysisKey; readonly sequence: number; readonly message: string };
