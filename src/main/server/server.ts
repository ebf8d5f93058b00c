/**
 * Browser mode: the same API as the Electron window, over loopback HTTP. Plain `node:http`, so it
 * runs wherever Node does; every request passes the Host and Origin checks, and the API the token.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { HTTP_PATHS, TOKEN_HEADER, TOKEN_QUERY } from "../../shared/api/channels";
import type { ClearpostApi } from "../../shared/api/contract";
import type { InternalErrorReporter } from "../../shared/api/dispatch";
import { answerCall, callForPath } from "./api-calls";
import { answerAsset, isAssetPath } from "./asset-route";
import { streamEvents } from "./event-stream";
import { sendApiError } from "./json-responses";
import { createRunToken, isOwnHost, isOwnOrigin, isRunToken, setSecurityHeaders } from "./security";
import { serveStaticFile } from "./static-files";

/** The only address we listen on: the server must never be reachable from another machine. */
const LOOPBACK_HOST = "127.0.0.1";

/** What the server serves. */
export interface ClearpostServerOptions {
  /** What the API calls run against; the server does not close them. */
  readonly services: ClearpostApi;
  /** The built renderer (`out/renderer`). */
  readonly rendererDir: string;
  /** 0 or absent picks a free port. */
  readonly port?: number;
}

/** A running browser-mode server. */
export interface ClearpostServer {
  /** `http://127.0.0.1:<port>`, without a trailing slash or the token. */
  readonly url: string;
  /** The address to open in a browser: the page, with this run's token. */
  readonly pageUrl: string;
  readonly port: number;
  /** This run's secret; the page carries it to every API request. */
  readonly token: string;
  /** Ends the event streams and open connections, then stops listening. */
  close(): Promise<void>;
}

const reportInternal: InternalErrorReporter = (method, error) => console.error(`Clearpost: "${method}" failed unexpectedly`, error);

/** Starts serving `rendererDir` and the API of `services` on 127.0.0.1. */
export async function startClearpostServer(options: ClearpostServerOptions): Promise<ClearpostServer> {
  const token = createRunToken();
  const openStreams = new Set<() => void>();
  let port = 0;

  async function answer(request: IncomingMessage, response: ServerResponse): Promise<void> {
    setSecurityHeaders(response);
    if (!isOwnHost(request.headers.host, port) || !isOwnOrigin(request.headers.origin, port)) {
      sendApiError(response, 403, "forbidden", "Clearpost only answers its own page, opened at the address `clearpost serve` printed.");
      return;
    }
    const url = new URL(request.url ?? "/", `http://${LOOPBACK_HOST}:${port}`);
    if (isAssetPath(url.pathname)) {
      const { folder } = await options.services.getWorkspace();
      await answerAsset(request, response, url.pathname, folder, isRunToken(token, url.searchParams.get(TOKEN_QUERY)));
      return;
    }
    if (url.pathname !== "/api" && !url.pathname.startsWith("/api/")) {
      await serveStaticFile(request, response, options.rendererDir, url.pathname);
      return;
    }
    // EventSource cannot send headers, so the event stream alone takes the token from the URL.
    const isEventStream = url.pathname === HTTP_PATHS.events;
    const givenToken = isEventStream ? url.searchParams.get(TOKEN_QUERY) : request.headers[TOKEN_HEADER];
    if (!isRunToken(token, givenToken)) {
      sendApiError(response, 401, "forbidden", "This page is missing Clearpost's access token. Open the full address `clearpost serve` printed, including ?token=….");
      return;
    }
    if (isEventStream) {
      if (request.method !== "GET") {
        response.setHeader("Allow", "GET");
        sendApiError(response, 405, "invalid-argument", "The event stream must be opened with GET.");
        return;
      }
      const stop = streamEvents(response, options.services);
      openStreams.add(stop);
      response.once("close", () => openStreams.delete(stop));
      return;
    }
    const method = callForPath(url.pathname);
    if (method === null) {
      sendApiError(response, 404, "unsupported", "Clearpost's server does not know this request; is the page from another version?");
      return;
    }
    await answerCall(request, response, options.services, method, reportInternal);
  }

  const server: Server = createServer((request, response) => {
    answer(request, response).catch((error: unknown) => {
      reportInternal(`${request.method ?? "?"} ${request.url ?? "?"}`, error);
      if (!response.headersSent) sendApiError(response, 500, "internal", "Something went wrong inside Clearpost's server.");
      else response.destroy();
    });
  });

  await new Promise<void>((resolveListening, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, LOOPBACK_HOST, () => {
      server.off("error", reject);
      resolveListening();
    });
  });
  port = (server.address() as AddressInfo).port;
  const url = `http://${LOOPBACK_HOST}:${port}`;

  return {
    url,
    pageUrl: `${url}/?${TOKEN_QUERY}=${token}`,
    port,
    token,
    async close() {
      for (const stop of openStreams) stop();
      const closed = new Promise<void>((done, fail) => server.close((error) => (error ? fail(error) : done())));
      server.closeAllConnections();
      await closed;
    },
  };
}
