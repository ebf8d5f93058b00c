/**
 * Tells the writer's own links from links to other sites: relative targets, and absolute ones on
 * the writer's site (when its address is given), are internal; other web addresses are outbound;
 * in-page anchors, mail and phone links are neither.
 */

/** What a link points to. */
export type LinkKind = "internal" | "outbound" | "other";

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

function hostOf(url: string): string | null {
  const match = /^(?:[a-z][a-z0-9+.-]*:)?\/\/([^/?#:]+)/i.exec(url);
  return match?.[1]?.toLowerCase().replace(/^www\./, "") ?? null;
}

/** The kind of link `href` is; `siteUrl` is the writer's site address, if known. */
export function linkKind(href: string, siteUrl?: string): LinkKind {
  const target = href.trim();
  if (target === "" || target.startsWith("#")) return "other";
  const scheme = SCHEME.exec(target)?.[1]?.toLowerCase();
  if (scheme !== undefined && scheme !== "http" && scheme !== "https") return "other";
  if (scheme === undefined && !target.startsWith("//")) return "internal";
  const site = siteUrl === undefined ? null : hostOf(siteUrl);
  return site !== null && hostOf(target) === site ? "internal" : "outbound";
}
