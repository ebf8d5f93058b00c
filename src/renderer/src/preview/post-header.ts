/** Builds the reader-facing header of a post from its front matter, instead of showing the YAML as text. */
import type { PostHeader } from "../../../shared/post/fields";
import { formatPostDate } from "../format-post-date";

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The title as h1, the date and a "Draft" badge, the description and the tags; null when the front matter has none of them. */
export function buildPostHeader(header: PostHeader): HTMLElement | null {
  const { title, date, description, draft, tags } = header;
  if (!title && !date && !description && !draft && tags.length === 0) return null;
  const root = element("header", "post-header");
  if (title) root.append(element("h1", "post-title", title));
  if (date || draft) {
    const meta = element("p", "post-meta");
    if (date) {
      const time = element("time", "post-date", formatPostDate(date));
      time.dateTime = date;
      meta.append(time);
    }
    if (draft) meta.append(element("span", "draft-badge", "Draft"));
    root.append(meta);
  }
  if (description) root.append(element("p", "post-description", description));
  if (tags.length > 0) {
    const list = element("ul", "post-tags");
    list.setAttribute("aria-label", "Tags");
    for (const tag of tags) list.append(element("li", "post-tag", tag));
    root.append(list);
  }
  return root;
}
