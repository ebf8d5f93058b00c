/** A Markdown link from one post to another, as the writer would type it: relative, so it works wherever the folder goes. */
import type { PostId } from "../model/post";

/** The relative address of post `to` from post `from`: `other.md`, `../2023/other.md`, each segment percent-encoded. */
export function relativePostHref(from: PostId, to: PostId): string {
  const fromFolder = from.split("/").slice(0, -1);
  const target = to.split("/");
  let shared = 0;
  while (shared < fromFolder.length && shared < target.length - 1 && fromFolder[shared] === target[shared]) shared++;
  const up = fromFolder.slice(shared).map(() => "..");
  // Parentheses too: an unbalanced one would end the Markdown link early.
  const encode = (segment: string) => encodeURIComponent(segment).replace(/\(/g, "%28").replace(/\)/g, "%29");
  return [...up, ...target.slice(shared).map(encode)].join("/");
}

/** `[title](href)` with the brackets and backslashes of the title escaped so the link stays one link. */
export function markdownPostLink(from: PostId, to: PostId, title: string): string {
  return `[${title.replace(/[\\[\]]/g, "\\$&")}](${relativePostHref(from, to)})`;
}
