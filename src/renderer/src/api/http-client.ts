/**
 * Browser mode's API client, the twin of the Electron preload's: the same contract tables over
 * `fetch` for calls and one shared EventSource for events.
 */
import { HTTP_PATHS, TOKEN_HEADER, TOKEN_QUERY } from "../../../shared/api/channels";
import { buildApiClient } from "../../../shared/api/client";
import { type CallName, type ClearpostApi, EVENT_NAMES, type EventName } from "../../../shared/api/contract";
import { ApiError, type ApiResult, isApiErrorData } from "../../../shared/api/errors";

/** Where the server is and the run's token it printed. */
export interface HttpConnection {
  /** The server's origin, e.g. `http://127.0.0.1:4173` (the page's own origin in a browser). */
  readonly baseUrl: string;
  readonly token: string;
}

const NOT_ANSWERING = "Clearpost's server is not answering. Is `clearpost serve` still running?";

type Listener = (payload: unknown) => void;

function isApiResult(value: unknown): value is ApiResult<unknown> {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  return (v.ok === true && "value" in v) || (v.ok === false && isApiErrorData(v.error));
}

/** Sends one call; every refusal from the server arrives as an ApiResult, anything else is an io failure. */
async function postCall(connection: HttpConnection, method: CallName, args: readonly unknown[]): Promise<ApiResult<unknown>> {
  let response: Response;
  try {
    response = await fetch(new URL(`${HTTP_PATHS.call}/${method}`, connection.baseUrl), {
      method: "POST",
      headers: { "Content-Type": "application/json", [TOKEN_HEADER]: connection.token },
      body: JSON.stringify(args),
    });
  } catch {
    throw new ApiError("io", NOT_ANSWERING);
  }
  const body: unknown = await response.json().catch(() => null);
  if (isApiResult(body)) return body;
  throw new ApiError("io", `Clearpost's server gave an answer this page does not understand (HTTP ${response.status}).`);
}

/**
 * Opens one EventSource when the first listener subscribes and closes it when the last one
 * leaves, so a page that listens to nothing keeps no connection open.
 */
function createEventHub(connection: HttpConnection) {
  const listeners = new Map<EventName, Set<Listener>>(EVENT_NAMES.map((event) => [event, new Set()]));
  const listenersOf = (event: EventName): Set<Listener> => listeners.get(event) ?? new Set();
  let source: EventSource | null = null;

  const open = (): EventSource => {
    const url = new URL(HTTP_PATHS.events, connection.baseUrl);
    url.searchParams.set(TOKEN_QUERY, connection.token);
    const opened = new EventSource(url);
    for (const event of EVENT_NAMES) {
      opened.addEventListener(event, (message) => {
        const payload: unknown = JSON.parse(message.data);
        for (const listener of [...listenersOf(event)]) listener(payload);
      });
    }
    return opened;
  };

  return {
    subscribe(event: EventName, listener: Listener): () => void {
      listenersOf(event).add(listener);
      source ??= open();
      return () => {
        listenersOf(event).delete(listener);
        if ([...listeners.values()].every((set) => set.size === 0)) {
          source?.close();
          source = null;
        }
      };
    },
  };
}

/** The API over HTTP to a `clearpost serve` at `connection.baseUrl`. */
export function createHttpClient(connection: HttpConnection): ClearpostApi {
  const events = createEventHub(connection);
  return buildApiClient({
    call: (method, args) => postCall(connection, method, args),
    subscribe: (event, listener) => events.subscribe(event, listener),
  });
}
