/// <reference types="electron-vite/node" />
/**
 * Grades posts in one worker thread (statistics-worker.ts), started on the first post to grade
 * and ended by `close()`. electron-vite bundles the worker as its own entry from the
 * `?nodeWorker` import, for the Electron app and the command line alike.
 */
import type { Worker, WorkerOptions } from "node:worker_threads";
import type { PostStatistics } from "../../shared/api/contract";
import type { PostId } from "../../shared/model/post";
import type { GradeReply, GradeRequest } from "./post-statistics";
import startStatisticsWorker from "./statistics-worker?nodeWorker";

interface Waiting {
  resolve(statistics: PostStatistics): void;
  reject(error: Error): void;
}

/** Grades post texts off the main event loop, one at a time, in the order asked. */
export class StatisticsGrader {
  readonly #start: (options: WorkerOptions) => Worker;
  #worker: Worker | null = null;
  readonly #waiting = new Map<number, Waiting>();
  #lastTicket = 0;

  constructor(start: (options: WorkerOptions) => Worker = startStatisticsWorker) {
    this.#start = start;
  }

  /** The statistics of post `id` whose text is `text`. */
  grade(id: PostId, text: string): Promise<PostStatistics> {
    const worker = this.#running();
    const ticket = ++this.#lastTicket;
    // Grades on their way keep the process alive; an idle worker does not keep the command line from exiting.
    worker.ref();
    return new Promise((resolve, reject) => {
      this.#waiting.set(ticket, { resolve, reject });
      worker.postMessage({ ticket, id, text } satisfies GradeRequest);
    });
  }

  /** Ends the worker; grades still waiting fail. A later `grade` starts a new one. */
  async close(): Promise<void> {
    const worker = this.#worker;
    this.#stopped(new Error("Grading stopped: Clearpost is closing"));
    await worker?.terminate();
  }

  #running(): Worker {
    if (this.#worker) return this.#worker;
    const worker = this.#start({ name: "clearpost-statistics" });
    worker.on("message", (reply: GradeReply) => {
      const waiting = this.#waiting.get(reply.ticket);
      this.#waiting.delete(reply.ticket);
      if (this.#waiting.size === 0) worker.unref();
      if ("statistics" in reply) waiting?.resolve(reply.statistics);
      else waiting?.reject(new Error(reply.failure));
    });
    worker.on("error", (error) => {
      if (this.#worker === worker) this.#stopped(error);
    });
    worker.on("exit", (code) => {
      if (this.#worker === worker) this.#stopped(new Error(`The grading worker stopped (exit code ${code})`));
    });
    this.#worker = worker;
    return worker;
  }

  /** Forgets the worker and fails every grade still waiting for it. */
  #stopped(error: Error): void {
    this.#worker = null;
    for (const waiting of this.#waiting.values()) waiting.reject(error);
    this.#waiting.clear();
  }
}
