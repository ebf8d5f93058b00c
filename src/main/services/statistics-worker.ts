/**
 * The worker thread that grades posts for the posts list (statistics-grader.ts starts it).
 * Grading a 100,000-word post takes about half a second: on the main event loop that would hold
 * up every other call to the main process, so it runs here.
 */
import { parentPort } from "node:worker_threads";
import { type GradeReply, type GradeRequest, statisticsOf } from "./post-statistics";

const port = parentPort;
if (!port) throw new Error("statistics-worker.ts runs only as a worker thread");

port.on("message", ({ ticket, id, text }: GradeRequest) => {
  let reply: GradeReply;
  try {
    reply = { ticket, statistics: statisticsOf(id, text) };
  } catch (error) {
    reply = { ticket, failure: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(reply);
});
