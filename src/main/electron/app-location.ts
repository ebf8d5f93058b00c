/**
 * Tells our own pages from everything else. Compares scheme and host rather than `URL.origin`,
 * because a custom scheme's origin is the opaque "null", which `data:` and `about:` URLs share.
 */

/** A test that is true only for URLs on the same scheme and host as `appUrl`. */
export function isSameAppLocation(appUrl: string): (candidate: string) => boolean {
  const app = new URL(appUrl);
  return (candidate) => {
    try {
      const url = new URL(candidate);
      return url.protocol === app.protocol && url.host === app.host && url.host !== "";
    } catch {
      return false;
    }
  };
}
