/**
 * The one sanitizing policy for post HTML, shared by the preview (DOMPurify in the window) and
 * the export (DOMPurify over jsdom). Scripts, event handlers, forms, embeds and styles that could
 * reach the network are removed; what bloggers use (figure, details, sup, kbd …) stays.
 * Always use these options together with `installPostSanitizeHooks` (sanitize-hooks.ts).
 */

/** Options for `DOMPurify.sanitize`, kept as plain data so this module needs no DOM. */
export const POST_SANITIZE_OPTIONS = {
  USE_PROFILES: { html: true },
  // `iframe` and `input` are not forbidden here: sanitize-hooks.ts keeps only the allowed video
  // players (sandboxed) and task-list checkboxes (disabled), so these options need those hooks.
  FORBID_TAGS: ["style", "form", "button", "textarea", "select", "object", "embed", "frame", "frameset", "base", "link", "meta", "script", "svg", "math"],
  ADD_TAGS: ["iframe"],
  // `nonce`: only the page's own <style> may carry one (the editor's); a post never needs it.
  FORBID_ATTR: ["style", "srcset", "ping", "formaction", "action", "background", "poster", "nonce"],
  // The video frame attributes the hooks set (any value a post gives them is overwritten), so
  // sanitizing sanitized HTML again removes nothing.
  ADD_ATTR: ["data-source-line", "target", "allow", "allowfullscreen", "loading", "referrerpolicy", "sandbox"],
  ALLOW_DATA_ATTR: false,
  // Parse every fragment as body content: the preview sanitizes block by block and the export the
  // whole body, and a block starting with <style> or <base> must not land in <head> in one only.
  FORCE_BODY: true,
  // Only web links, mail links, in-page anchors and relative paths; no javascript:, data: or file: in links,
  // and no `//host` or `\\host` (browsers read `\` as `/`): from an exported file they reach file://host, a Windows share.
  ALLOWED_URI_REGEXP: /^(?:(?:https?|mailto):|(?![/\\]{2})[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i,
} as const;

/**
 * The policy as options that sanitize into DOM nodes rather than a string, with fresh arrays
 * because DOMPurify's option types want mutable ones. The preview and the export both use it.
 */
export function postSanitizeFragmentOptions() {
  return {
    ...POST_SANITIZE_OPTIONS,
    FORBID_TAGS: [...POST_SANITIZE_OPTIONS.FORBID_TAGS],
    ADD_TAGS: [...POST_SANITIZE_OPTIONS.ADD_TAGS],
    FORBID_ATTR: [...POST_SANITIZE_OPTIONS.FORBID_ATTR],
    ADD_ATTR: [...POST_SANITIZE_OPTIONS.ADD_ATTR],
    RETURN_DOM_FRAGMENT: true as const,
  };
}
