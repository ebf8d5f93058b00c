/**
 * The one sanitizing policy for post HTML, shared by the preview (DOMPurify in the window) and
 * the export (DOMPurify over jsdom). Scripts, event handlers, forms, embeds and styles that could
 * reach the network are removed; what bloggers use (figure, details, sup, kbd …) stays.
 */

/** Options for `DOMPurify.sanitize`, kept as plain data so this module needs no DOM. */
export const POST_SANITIZE_OPTIONS = {
  USE_PROFILES: { html: true },
  FORBID_TAGS: ["style", "form", "input", "button", "textarea", "select", "object", "embed", "iframe", "frame", "frameset", "base", "link", "meta", "script", "svg", "math"],
  FORBID_ATTR: ["style", "srcset", "ping", "formaction", "action", "background", "poster"],
  ADD_ATTR: ["data-source-line", "target"],
  ALLOW_DATA_ATTR: false,
  // Only web links, mail links, in-page anchors and relative paths; no javascript:, data: or file: in links.
  ALLOWED_URI_REGEXP: /^(?:(?:https?|mailto):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i,
} as const;
