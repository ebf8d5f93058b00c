/** Answers `GET /api/events`: the contract's events as Server-Sent Events, one stream per browser tab. */
import type { ServerResponse } from "node:http";
import { type ClearpostEvents, EVENT_NAMES, type EventName } from "../../shared/api/contract";

/** A comment line every so often keeps proxies and idle timers from closing a quiet stream. */
const HEARTBEAT_MS = 15_000;

type Subscribe = (listener: (payload: unknown) => void) => () => void;

/** The events every stream carries, for the test that keeps every transport complete. */
export function streamedEvents(): readonly EventName[] {
  return EVENT_NAMES;
}

/**
 * Starts a stream on `response` that forwards every contract event of `services` until the
 * client goes away or the returned function is called; either way it unsubscribes everything.
 */
export function streamEvents(response: ServerResponse, services: ClearpostEvents): () => void {
  response.writeHead(200, {
    "Content-Type": "text/event-stream; charset=utf-8",
    "Cache-Control": "no-store",
    Connection: "keep-alive",
  });
  // Sends the headers now, so the client knows the stream is open.
  response.write(": connected\n\n");

  const unsubscribers = streamedEvents().map((name) =>
    (services[name] as Subscribe)((payload) => {
      response.write(`event: ${name}\ndata: ${JSON.stringify(payload ?? null)}\n\n`);
    }),
  );
  const heartbeat = setInterval(() => response.write(": heartbeat\n\n"), HEARTBEAT_MS);

  let open = true;
  const stop = () => {
    if (!open) return;
    open = false;
    clearInterval(heartbeat);
    for (const unsubscribe of unsubscribers) unsubscribe();
    response.end();
  };
  response.once("close", stop);
  return stop;
}
