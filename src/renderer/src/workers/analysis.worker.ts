/**
 * The analysis worker: runs the readability checker off the window's thread, so typing never
 * waits for it. It keeps one analyzer (and so one paragraph cache) per open post and answers
 * each request with a report; the window sends at most one request per post at a time and keeps
 * only the latest text meanwhile (analysis-session.ts), so there is never a backlog to drain here.
 */
import { createReadabilityAnalyzer, type ReadabilityAnalyzer } from "../../../shared/readability";
import { type AnalysisRequest, type AnalysisResponse, FIX_FIRST_LIMIT } from "./analysis-protocol";

/** The parts of a dedicated worker's global scope used here (the renderer's tsconfig has the DOM lib, not WebWorker). */
interface WorkerScope {
  postMessage(message: AnalysisResponse): void;
  addEventListener(type: "message", listener: (event: MessageEvent<AnalysisRequest>) => void): void;
}

const scope = self as unknown as WorkerScope;
const analyzers = new Map<string, ReadabilityAnalyzer>();

function analyze(request: Extract<AnalysisRequest, { type: "analyze" }>): AnalysisResponse {
  const { key, sequence, text, target } = request;
  let analyzer = analyzers.get(key);
  if (!analyzer) {
    analyzer = createReadabilityAnalyzer();
    analyzers.set(key, analyzer);
  }
  const started = performance.now();
  try {
    const report = analyzer.report(text, { target });
    return { type: "report", key, sequence, report: { ...report, fixFirst: report.fixFirst.slice(0, FIX_FIRST_LIMIT) }, durationMs: performance.now() - started };
  } catch (error) {
    return { type: "failed", key, sequence, message: error instanceof Error ? error.message : String(error) };
  }
}

scope.addEventListener("message", ({ data: request }) => {
  if (request.type === "forget") analyzers.delete(request.key);
  else scope.postMessage(analyze(request));
});
