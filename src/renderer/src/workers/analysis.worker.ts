/**
 * The analysis worker: runs the readability checker, the keyword engine and the outline off the
 * window's thread, so typing never waits for them. It keeps one pair of analyzers (and so their paragraph
 * caches) per open post and answers each request with the reports it asked for; the window sends
 * at most one request per post at a time and keeps only the latest text meanwhile
 * (analysis-session.ts), so there is never a backlog to drain here.
 */
import { createKeywordAnalyzer, type KeywordAnalyzer } from "../../../shared/keywords";
import { readPostHeadings } from "../../../shared/markdown/post-headings";
import { createReadabilityAnalyzer, type ReadabilityAnalyzer } from "../../../shared/readability";
import { type AnalysisReports, type AnalysisRequest, type AnalysisResponse, FIX_FIRST_LIMIT } from "./analysis-protocol";
import { countMarks, diffMarks, type SentMarks } from "./marks-delta";

/** The parts of a dedicated worker's global scope used here (the renderer's tsconfig has the DOM lib, not WebWorker). */
interface WorkerScope {
  postMessage(message: AnalysisResponse): void;
  addEventListener(type: "message", listener: (event: MessageEvent<AnalysisRequest>) => void): void;
}

interface PostAnalyzers {
  readonly readability: ReadabilityAnalyzer;
  readonly keywords: KeywordAnalyzer;
  /** The marks last sent for the post. */
  sentMarks: SentMarks | null;
}

const scope = self as unknown as WorkerScope;
const analyzers = new Map<string, PostAnalyzers>();
let lastMarkId = 0;
const newMarkId = () => ++lastMarkId;

function reportsFor(request: Extract<AnalysisRequest, { type: "analyze" }>, post: PostAnalyzers): AnalysisReports {
  const { text, sequence } = request;
  const wanted = request.readability;
  if (!wanted) return { readability: null, marks: null, ...otherReportsFor(request, post) };
  const { findings, ...report } = post.readability.report(text, { target: wanted.target });
  // The window's marks answer an earlier request than the last one sent when it dropped a report: it then gets them all.
  const base = post.sentMarks?.sequence === wanted.marksOf ? post.sentMarks : null;
  const { delta, sent } = diffMarks(base, findings, text, sequence, newMarkId);
  post.sentMarks = sent;
  return {
    readability: { ...report, fixFirst: report.fixFirst.slice(0, FIX_FIRST_LIMIT), markCounts: countMarks(findings) },
    marks: delta,
    ...otherReportsFor(request, post),
  };
}

function otherReportsFor(request: Extract<AnalysisRequest, { type: "analyze" }>, post: PostAnalyzers): Pick<AnalysisReports, "keywords" | "outline"> {
  const { text } = request;
  return {
    keywords: request.keywords && post.keywords.report(text, request.keywords),
    outline: request.outline ? readPostHeadings(text) : null,
  };
}

function analyze(request: Extract<AnalysisRequest, { type: "analyze" }>): AnalysisResponse {
  const { key, sequence } = request;
  let post = analyzers.get(key);
  if (!post) {
    post = { readability: createReadabilityAnalyzer(), keywords: createKeywordAnalyzer(), sentMarks: null };
    analyzers.set(key, post);
  }
  const started = performance.now();
  try {
    return { type: "report", key, sequence, reports: reportsFor(request, post), durationMs: performance.now() - started };
  } catch (error) {
    return { type: "failed", key, sequence, message: error instanceof Error ? error.message : String(error) };
  }
}

scope.addEventListener("message", ({ data: request }) => {
  if (request.type === "forget") analyzers.delete(request.key);
  else scope.postMessage(analyze(request));
});
