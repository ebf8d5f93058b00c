/**
 * The window's side of the analysis worker: one worker for the whole window, started when the
 * first post is analysed, with replies routed to the post that asked. If the worker cannot start
 * or dies, every post is told, so its panel can say so instead of waiting forever.
 */
import type { AnalysisKey, AnalysisRequest, AnalysisResponse } from "./analysis-protocol";

/** What a post hears back: a report or failure for one of its requests, or the worker's end. */
export type AnalysisListener = (response: AnalysisResponse | { readonly type: "worker-failed"; readonly message: string }) => void;

/** Sends analysis requests and routes the replies by post. */
export interface AnalysisWorkerClient {
  /** Listens to the replies for `key`; returns the function that stops listening and frees the post's analyzer. */
  connect(key: AnalysisKey, listener: AnalysisListener): () => void;
  analyze(request: Extract<AnalysisRequest, { type: "analyze" }>): void;
}

function startWorker(): Worker {
  // Vite bundles the worker from this exact `new Worker(new URL(...), ...)` form; the CSP's
  // script-src 'self' covers a same-origin worker.
  return new Worker(new URL("./analysis.worker.ts", import.meta.url), { type: "module", name: "clearpost-analysis" });
}

/** A client that starts its worker on first use. */
export function createAnalysisWorkerClient(start: () => Worker = startWorker): AnalysisWorkerClient {
  let worker: Worker | null = null;
  let failure: string | null = null;
  const listeners = new Map<AnalysisKey, AnalysisListener>();

  const fail = (message: string) => {
    failure = message;
    worker?.terminate();
    for (const listener of listeners.values()) listener({ type: "worker-failed", message });
  };

  const ensureWorker = (): Worker | null => {
    if (worker || failure !== null) return worker;
    try {
      worker = start();
    } catch (error) {
      fail(error instanceof Error ? error.message : String(error));
      return null;
    }
    worker.addEventListener("message", (event: MessageEvent<AnalysisResponse>) => listeners.get(event.data.key)?.(event.data));
    worker.addEventListener("error", (event) => {
      event.preventDefault();
      fail(event.message || "the analysis worker could not start");
    });
    return worker;
  };

  return {
    connect(key, listener) {
      listeners.set(key, listener);
      if (failure !== null) listener({ type: "worker-failed", message: failure });
      return () => {
        listeners.delete(key);
        worker?.postMessage({ type: "forget", key } satisfies AnalysisRequest);
      };
    },
    analyze(request) {
      const running = ensureWorker();
      if (running) running.postMessage(request satisfies AnalysisRequest);
    },
  };
}

let shared: AnalysisWorkerClient | null = null;

/** The window's one analysis worker client. */
export function sharedAnalysisWorkerClient(): AnalysisWorkerClient {
  shared ??= createAnalysisWorkerClient();
  return shared;
}
