/** A raw HTTP request to the local server, for tests that must set headers fetch will not (Host) or send odd paths as they are. */
import { request as httpRequest, type IncomingHttpHeaders } from "node:http";

/** One request to the local server. */
export interface LoopbackRequest {
  readonly port: number;
  readonly method?: string;
  /** Sent exactly as given: no normalizing of `..` or percent-escapes. */
  readonly path: string;
  readonly headers?: Record<string, string | number>;
  readonly body?: string;
}

/** Its answer, body as text. */
export interface LoopbackResponse {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

/** Sends one request to 127.0.0.1 and collects the whole answer. */
export function loopbackRequest(options: LoopbackRequest): Promise<LoopbackResponse> {
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(
      { host: "127.0.0.1", port: options.port, method: options.method ?? "GET", path: options.path, headers: options.headers },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString("utf8") }));
        response.on("error", reject);
      },
    );
    outgoing.on("error", reject);
    outgoing.end(options.body);
  });
}
