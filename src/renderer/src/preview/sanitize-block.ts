/** Turns one block's rendered HTML into safe DOM nodes with the shared post sanitizing policy. */
import DOMPurify, { type Config } from "dompurify";
import { POST_SANITIZE_OPTIONS } from "../../../shared/markdown/sanitize-policy";

const BLOCK_OPTIONS: Config & { RETURN_DOM_FRAGMENT: true } = {
  ...POST_SANITIZE_OPTIONS,
  FORBID_TAGS: [...POST_SANITIZE_OPTIONS.FORBID_TAGS],
  FORBID_ATTR: [...POST_SANITIZE_OPTIONS.FORBID_ATTR],
  ADD_ATTR: [...POST_SANITIZE_OPTIONS.ADD_ATTR],
  // Nodes, not a string: the preview inserts them as they are, without parsing the HTML twice.
  RETURN_DOM_FRAGMENT: true,
};

/** The sanitized nodes of `html` (scripts, handlers, forms, embeds and unsafe links removed). */
export function sanitizeBlockHtml(html: string): DocumentFragment {
  return DOMPurify.sanitize(html, BLOCK_OPTIONS);
}
