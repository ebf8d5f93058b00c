/**
 * A link from one exported file to another beside it, from a `/`-separated relative path: each
 * segment percent-encoded (so spaces, `#`, `?` and `%` in names survive), and `./` in front so a
 * first segment with a colon (`notes:2024.html`) is never read as a URL scheme.
 */
import { encodeAssetPath } from "../api/assets";

/** `2024 trips/lisbon #1.html` -> `./2024%20trips/lisbon%20%231.html`. */
export function relativeHref(path: string): string {
  return `./${encodeAssetPath(path)}`;
}
