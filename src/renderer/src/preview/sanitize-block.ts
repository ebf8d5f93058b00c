/** Turns one block's rendered HTML into safe DOM nodes with the shared post sanitizing policy. */
import createDOMPurify, { type Config } from "dompurify";
import { installPostSanitizeHooks } from "../../../shared/markdown/sanitize-hooks";
import { postSanitizeFragmentOptions } from "../../../shared/markdown/sanitize-policy";

// Nodes, not a string: the preview inserts them as they are, without parsing the HTML twice.
const BLOCK_OPTIONS: Config & { RETURN_DOM_FRAGMENT: true } = postSanitizeFragmentOptions();

/** An instance of our own, so the policy's hooks apply to post HTML and nothing else. */
let purify: ReturnType<typeof createDOMPurify> | null = null;

function postPurify(): ReturnType<typeof createDOMPurify> {
  if (!purify) {
    purify = createDOMPurify(window);
    installPostSanitizeHooks(purify);
    // Parsed once: otherwise DOMPurify rebuilds its allowlists on every call, and opening a long post sanitizes thousands of blocks.
    purify.setConfig(BLOCK_OPTIONS);
  }
  return purify;
}

/** The sanitized nodes of `html` (scripts, handlers, forms, unsafe embeds and links removed). */
export function sanitizeBlockHtml(html: string): DocumentFragment {
  // DOMPurify returns null (despite its types) when the parsed markup has no body, as with a
  // `<frameset>`: such a block shows nothing.
  const sanitized: DocumentFragment | null = postPurify().sanitize(html, BLOCK_OPTIONS);
  return sanitized ?? document.createDocumentFragment();
}
