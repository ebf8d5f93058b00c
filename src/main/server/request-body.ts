/** Reads a request body with a size limit, so one request cannot fill the writer's memory. */
import type { IncomingMessage } from "node:http";

/** Thrown when a body is (or says it will be) larger than the limit. */
export class RequestTooLargeError extends Error {
  constructor(readonly limitBytes: number) {
    super(`Request body over ${limitBytes} bytes`);
    this.name = "RequestTooLargeError";
  }
}

/** The whole body as UTF-8 text; rejects with RequestTooLargeError past `limitBytes`. */
export async function readRequestText(request: IncomingMessage, limitBytes: number): Promise<string> {
  // Refuse at once when the client announces a large body, before reading any of it.
  if (Number(request.headers["content-length"] ?? 0) > limitBytes) throw new RequestTooLargeError(limitBytes);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limitBytes) throw new RequestTooLargeError(limitBytes);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString("utf8");
}
