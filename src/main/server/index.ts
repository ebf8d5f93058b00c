/** Browser mode's HTTP server: the public surface. */
export { type ClearpostServer, type ClearpostServerOptions, startClearpostServer } from "./server";
export { servedCalls } from "./api-calls";
export { streamedEvents } from "./event-stream";
export { contentTypeFor, resolveInside } from "./static-files";
