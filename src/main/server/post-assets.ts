/**
 * Finds the image files a post shows, for browser mode's `/asset/` route, Electron's
 * `clearpost-asset://` scheme and the export: only image files (by extension), only inside the
 * posts folder (after following symlinks), never in hidden folders (`.trash`, `.git`) — the same
 * confinement as post ids, so a hostile post's `../../.ssh/id_rsa` or a symlink out leads nowhere.
 */
import { realpath, stat } from "node:fs/promises";
import path from "node:path";
import { isInsideFolder, isSkippedName } from "../library/post-paths";

/** The image types a post may show, by extension, and the Content-Type they are served with. */
const IMAGE_TYPES: Readonly<Record<string, string>> = {
  ".apng": "image/apng",
  ".avif": "image/avif",
  ".bmp": "image/bmp",
  ".gif": "image/gif",
  ".ico": "image/x-icon",
  ".jpeg": "image/jpeg",
  ".jpg": "image/jpeg",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".webp": "image/webp",
};

/** Images larger than this are not served or inlined: a post image is a few megabytes at most. */
export const MAX_ASSET_BYTES = 50 * 1024 * 1024;

/**
 * Headers for every image answer: the image may be shown by our own page only, and an SVG opened
 * on its own runs nothing (a sandboxed, script-less document).
 */
export const ASSET_RESPONSE_HEADERS: Readonly<Record<string, string>> = {
  "Content-Security-Policy": "default-src 'none'; img-src data:; style-src 'unsafe-inline'; sandbox",
  "X-Content-Type-Options": "nosniff",
  "Cache-Control": "no-cache",
};

/** The Content-Type of an image file name, or null when Clearpost does not serve that kind of file. */
export function imageContentType(fileName: string): string | null {
  return IMAGE_TYPES[path.extname(fileName).toLowerCase()] ?? null;
}

/** A posts-folder image found on disk. */
export interface PostAsset {
  readonly absolutePath: string;
  readonly contentType: string;
  readonly size: number;
}

/**
 * The image at `relativePath` (segments joined by `/`, already decoded) in `folder`, or null when
 * the path is malformed, hidden, not an image, outside the folder, missing or too large.
 */
export async function findPostAsset(folder: string, relativePath: string): Promise<PostAsset | null> {
  // Control characters (NUL, line breaks …) and backslashes never name a post's image.
  if ([...relativePath].some((character) => character < " " || character === "\x7f" || character === "\\")) return null;
  const segments = relativePath.split("/");
  if (segments.some((segment) => segment === "" || segment === "." || segment === ".." || isSkippedName(segment))) return null;
  const contentType = imageContentType(relativePath);
  if (contentType === null) return null;
  try {
    const [realFolder, realFile] = await Promise.all([realpath(folder), realpath(path.join(folder, ...segments))]);
    if (!isInsideFolder(realFolder, realFile)) return null;
    // Every folder on the real path must be visible too: a symlink may not lead into `.git/`.
    if (path.relative(realFolder, realFile).split(path.sep).some(isSkippedName)) return null;
    const info = await stat(realFile);
    // A hard link may be a file from outside the folder, and no path says so (as for posts in post-paths.ts).
    if (!info.isFile() || info.nlink > 1 || info.size > MAX_ASSET_BYTES) return null;
    return { absolutePath: realFile, contentType, size: info.size };
  } catch {
    return null;
  }
}
