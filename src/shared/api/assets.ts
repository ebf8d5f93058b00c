/**
 * Where the window loads a post's local images from: Electron's `clearpost-asset://posts/<path>`
 * scheme, or browser mode's `/asset/<path>?token=…` route (an `<img>` cannot send headers, so the
 * token rides in the query). Both serve image files inside the posts folder and nothing else.
 * `<path>` is the image's path in the posts folder, one percent-encoded segment per folder.
 */

/** Electron's scheme for post images; registered as privileged with the app's own scheme. */
export const ASSET_SCHEME = "clearpost-asset";
/** The one host of that scheme. */
export const ASSET_HOST = "posts";
/** Browser mode's route prefix. */
export const ASSET_HTTP_PATH = "/asset/";

/** `folder/my image.png` -> `folder/my%20image.png`: each segment encoded, `/` kept between them. */
export function encodeAssetPath(path: string): string {
  return path.split("/").map(encodeURIComponent).join("/");
}

/**
 * The posts-folder path named by an encoded URL path (after the scheme's host or the route
 * prefix), or null when a segment is not valid percent-encoding or decodes to a separator.
 */
export function decodeAssetPath(encoded: string): string | null {
  const segments: string[] = [];
  for (const segment of encoded.split("/")) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      return null;
    }
    if (decoded.includes("/") || decoded.includes("\\") || decoded.includes("\0")) return null;
    segments.push(decoded);
  }
  return segments.join("/");
}

/** Turns a posts-folder image path into the URL this window loads it from. */
export type AssetUrlOf = (path: string) => string;

/** Electron: `clearpost-asset://posts/<path>`. */
export const electronAssetUrl: AssetUrlOf = (path) => `${ASSET_SCHEME}://${ASSET_HOST}/${encodeAssetPath(path)}`;

/** Browser mode: `<baseUrl>/asset/<path>?token=<token>`. */
export function httpAssetUrl(baseUrl: string, token: string): AssetUrlOf {
  const base = baseUrl.replace(/\/+$/, "");
  return (path) => `${base}${ASSET_HTTP_PATH}${encodeAssetPath(path)}?token=${encodeURIComponent(token)}`;
}
