/**
 * Serves a post's local images to the window as `clearpost-asset://posts/<path>`: image files
 * inside the current posts folder and nothing else (post-assets.ts holds the rules, shared with
 * browser mode's `/asset/` route and the export). Registered as privileged together with the
 * app's scheme (app-protocol.ts), before `app` is ready; handled with `protocol.handle` after.
 */
import { readFile } from "node:fs/promises";
import { type CustomScheme, protocol } from "electron";
import { ASSET_HOST, ASSET_SCHEME, decodeAssetPath } from "../../shared/api/assets";
import { ASSET_RESPONSE_HEADERS, findPostAsset } from "../server/post-assets";

/**
 * Standard (so `posts` is a host and paths resolve like http's) and secure (no mixed-content
 * blocking on our secure app origin). No fetch or CORS: only `<img>` loads these.
 */
export const ASSET_SCHEME_PRIVILEGES: CustomScheme = { scheme: ASSET_SCHEME, privileges: { standard: true, secure: true } };

const notFound = () => new Response("Not found", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });

/** Answers `clearpost-asset://posts/<path>` from the folder `currentFolder()` names at each request. */
export function servePostAssetsOverScheme(currentFolder: () => Promise<string>): void {
  protocol.handle(ASSET_SCHEME, async (request) => {
    if (request.method !== "GET" && request.method !== "HEAD") return notFound();
    const url = new URL(request.url);
    const relativePath = url.host === ASSET_HOST ? decodeAssetPath(url.pathname.replace(/^\//, "")) : null;
    const asset = relativePath === null ? null : await findPostAsset(await currentFolder(), relativePath);
    if (asset === null) return notFound();
    try {
      const body = request.method === "HEAD" ? null : await readFile(asset.absolutePath);
      return new Response(body, {
        headers: { ...lowerCaseKeys(ASSET_RESPONSE_HEADERS), "content-type": asset.contentType, "content-length": String(asset.size) },
      });
    } catch {
      return notFound();
    }
  });
}

function lowerCaseKeys(headers: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));
}
