/** Does the post link out to sources, and in to the writer's other posts? Both help readers and search engines. */
import type { KeywordCheck } from "../keyword-check";
import type { PostOutline } from "../post-outline";
import { linkKind } from "./link-kind";

/** Good with at least one link to another site, bad with none. */
export function checkOutboundLinks(outline: PostOutline, siteUrl?: string): KeywordCheck {
  const id = "outbound-links";
  const count = outline.links.filter((link) => linkKind(link.href, siteUrl) === "outbound").length;
  if (count > 0) return { id, status: "good", message: `The post links to ${count} outside ${count === 1 ? "page" : "pages"}.` };
  return { id, status: "bad", message: "The post links to no other site. Link to your sources." };
}

/** Good with at least one link to the writer's own pages, bad with none. */
export function checkInternalLinks(outline: PostOutline, siteUrl?: string): KeywordCheck {
  const id = "internal-links";
  const count = outline.links.filter((link) => linkKind(link.href, siteUrl) === "internal").length;
  if (count > 0) return { id, status: "good", message: `The post links to ${count} of your own ${count === 1 ? "page" : "pages"}.` };
  return { id, status: "bad", message: "The post links to none of your other posts. Link to a related one (see Related posts)." };
}
