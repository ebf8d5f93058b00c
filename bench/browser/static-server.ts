/** A tiny loopback HTTP server for the baseline page: its built files, and the post to edit at /post.md. */
import { readFile } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";

const TYPES: Record<string, string> = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".md": "text/markdown" };

/** A running server; `post` is what /post.md answers. */
export interface BaselineServer {
  readonly url: string;
  post: string;
  stop(): Promise<void>;
}

/** Serves `folder` on 127.0.0.1 at a free port. */
export async function serveBaseline(folder: string): Promise<BaselineServer> {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://127.0.0.1").pathname;
    const reply = (status: number, type: string, body: string | Buffer) => {
      response.writeHead(status, { "content-type": `${type}; charset=utf-8`, "cache-control": "no-store" });
      response.end(body);
    };
    if (path === "/post.md") return reply(200, TYPES[".md"] ?? "text/plain", handle.post);
    const file = normalize(join(folder, path === "/" ? "bare-editor.html" : path));
    if (!file.startsWith(folder)) return reply(403, "text/plain", "outside the page's folder");
    readFile(file).then(
      (body) => reply(200, TYPES[extname(file)] ?? "application/octet-stream", body),
      () => reply(404, "text/plain", "not found"),
    );
  });
  await new Promise<void>((listening) => server.listen(0, "127.0.0.1", listening));
  const { port } = server.address() as AddressInfo;
  const handle: BaselineServer = {
    url: `http://127.0.0.1:${port}/`,
    post: "",
    stop: () => new Promise((closed) => server.close(() => closed())),
  };
  return handle;
}
