/**
 * What an image source in a post means on disk. A relative `src` is a path from the post's own
 * folder; since a file has no query or fragment, `#` and `?` are part of the name (`C# notes/`,
 * `why?.png`), and percent escapes are decoded (`my%20folder` and `<my folder>` name the same
 * folder). Absolute URLs, `/root` paths, `//host` and `#anchors` are not local images.
 */

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

function decodeSegment(segment: string): string | null {
  let decoded = segment;
  try {
    decoded = decodeURIComponent(segment);
  } catch {
    // A lone `%` is part of the name, as the writer typed it.
  }
  return decoded.includes("/") || decoded.includes("\\") || decoded.includes("\0") ? null : decoded;
}

/** True when `src` is a path relative to the post (not a URL, a data URI, a `/root` path or an anchor). */
export function isRelativeImageSource(src: string): boolean {
  const source = src.trim();
  return source !== "" && !SCHEME.test(source) && !source.startsWith("/") && !source.startsWith("#") && !source.includes("\\");
}

/**
 * The path in the posts folder (segments joined by `/`) of image `src` in the post `postId`, or
 * null when `src` is not a relative path, or climbs out of the posts folder.
 */
export function localImagePath(postId: string, src: string): string | null {
  const source = src.trim();
  if (!isRelativeImageSource(source)) return null;
  const path = postId.split("/").slice(0, -1);
  for (const raw of source.split("/")) {
    const segment = decodeSegment(raw);
    if (segment === null) return null;
    if (segment === "" || segment === ".") continue;
    if (segment === "..") {
      if (path.length === 0) return null;
      path.pop();
    } else {
      path.push(segment);
    }
  }
  return path.length === 0 ? null : path.join("/");
}
