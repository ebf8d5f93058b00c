/** Names on the wire, shared by the Electron IPC binding, the preload, the HTTP server and its client. */
import type { EventName } from "./contract";

/** The single IPC channel that carries every call as `(method, args)` and answers an ApiResult. */
export const IPC_CALL_CHANNEL = "clearpost:call";

/** The IPC channel that carries one kind of event to the window. */
export function ipcEventChannel(event: EventName): string {
  return `clearpost:event:${event}`;
}

/** HTTP paths of browser mode. */
export const HTTP_PATHS = {
  /** POST `${call}/<method>` with a JSON array of arguments; answers an ApiResult. */
  call: "/api/call",
  /** GET: Server-Sent Events, one `event:` per contract event name. */
  events: "/api/events",
} as const;

/** Header that carries browser mode's per-run token on calls. */
export const TOKEN_HEADER = "x-clearpost-token";
/** Query parameter that carries the token in the page URL and on the event stream (EventSource cannot set headers). */
export const TOKEN_QUERY = "token";
