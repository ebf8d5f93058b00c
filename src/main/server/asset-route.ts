/**
 * Answers `GET /asset/<path>?token=…`: a post's local image, for browser mode's preview. `<img>`
 * cannot send our token header, so this one route takes it from the query, like the event stream;
 * Host and Origin are checked before any route, as for the API.
 */
import { createReadStream } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { pipeline } from "node:stream/promises";
import { ASSET_HTTP_PATH, decodeAssetPath } from "../../shared/api/assets";
import { ASSET_RESPONSE_HEADERS, findPostAsset } from "./post-assets";

/** True when `pathname` is in the image route. */
export function isAssetPath(pathname: string): boolean {
  return pathname.startsWith(ASSET_HTTP_PATH);
}

function refuse(response: ServerResponse, status: number, message: string): void {
  response.writeHead(status, { "Content-Type": "text/plain; charset=utf-8" }).end(message);
}

/**
 * Sends the image at `pathname` from `folder` once `hasToken` says the request carried the run's
 * token; 404 for anything that is not an image file inside the posts folder.
 */
export async function answerAsset(request: IncomingMessage, response: ServerResponse, pathname: string, folder: string, hasToken: boolean): Promise<void> {
  if (!hasToken) {
    refuse(response, 401, "This image address is missing Clearpost's access token.");
    return;
  }
  if (request.method !== "GET" && request.method !== "HEAD") {
    response.setHeader("Allow", "GET, HEAD");
    refuse(response, 405, "Method not allowed");
    return;
  }
  const relativePath = decodeAssetPath(pathname.slice(ASSET_HTTP_PATH.length));
  const asset = relativePath === null ? null : await findPostAsset(folder, relativePath);
  if (asset === null) {
    refuse(response, 404, "Not found");
    return;
  }
  response.writeHead(200, { ...ASSET_RESPONSE_HEADERS, "Content-Type": asset.contentType, "Content-Length": asset.size });
  if (request.method === "HEAD") {
    response.end();
    return;
  }
  await pipeline(createReadStream(asset.absolutePath), response);
}
