/**
 * Serves the built renderer's files, and only those: paths are decoded, resolved and checked to
 * stay inside the renderer's folder. Shared with the Electron window's own scheme.
 */
import { readFile } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import { extname, resolve, sep } from "node:path";
import { rendererFileResponse } from "./renderer-page";

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".webp": "image/webp",
  ".avif": "image/avif",
  ".ico": "image/x-icon",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".ttf": "font/ttf",
  ".wasm": "application/wasm",
};

/** The Content-Type for a file name; unknown kinds are plain bytes (and nosniff keeps them so). */
export function contentTypeFor(fileName: string): string {
  return CONTENT_TYPES[extname(fileName).toLowerCase()] ?? "application/octet-stream";
}

/**
 * The absolute path of URL path `pathname` (still percent-encoded) inside `rootDir`, or null when
 * it is malformed or would leave the folder (`/../`, `%2e%2e%2f`, `..%5c`, NUL bytes …).
 */
export function resolveInside(rootDir: string, pathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes("\0")) return null;
  const root = resolve(rootDir);
  const file = resolve(root, `./${decoded}`);
  return file.startsWith(root + sep) ? file : null;
}

/** Answers a GET or HEAD for `pathname` with the file from `rendererDir`, `/` being index.html; 404 otherwise. */
export async function serveStaticFile(request: IncomingMessage, response: ServerResponse, rendererDir: string, pathname: string): Promise<void> {
  if (request.method !== "GET" && request.method !== "HEAD") {
    response.writeHead(405, { Allow: "GET, HEAD", "Content-Type": "text/plain; charset=utf-8" }).end("Method not allowed");
    return;
  }
  const file = resolveInside(rendererDir, pathname === "/" ? "/index.html" : pathname);
  // The built renderer's files are small: read whole, a folder or a missing file fails alike.
  const body = file === null ? null : await readFile(file).catch(() => null);
  if (file === null || body === null) {
    response.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("Not found");
    return;
  }
  const sent = rendererFileResponse(file, body);
  response.writeHead(200, {
    "Content-Type": contentTypeFor(file),
    "Content-Length": sent.body.length,
    "Content-Security-Policy": sent.contentSecurityPolicy,
    // A rebuilt renderer must never be mixed with a stale cached index.html (nor a page with a used nonce).
    "Cache-Control": "no-cache",
  });
  response.end(request.method === "HEAD" ? undefined : sent.body);
}
