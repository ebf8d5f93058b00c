/**
 * The shared post sanitizing policy on the Node side: DOMPurify over one jsdom window, with the
 * same options and hooks as the preview, so the exported body is the HTML the writer saw.
 */
import createDOMPurify, { type Config } from "dompurify";
import { JSDOM } from "jsdom";
import { installPostSanitizeHooks } from "../../shared/markdown/sanitize-hooks";
import { postSanitizeFragmentOptions } from "../../shared/markdown/sanitize-policy";

const OPTIONS: Config & { RETURN_DOM_FRAGMENT: true } = postSanitizeFragmentOptions();

/** What a caller may do to the sanitized nodes before they become text (rewrite image sources). */
export type SanitizedHtmlEditor = (fragment: DocumentFragment) => void | Promise<void>;

interface NodePurify {
  readonly purify: ReturnType<typeof createDOMPurify>;
  readonly window: JSDOM["window"];
}

/** One jsdom window for the process: building one costs tens of milliseconds. */
let shared: NodePurify | null = null;

function nodePurify(): NodePurify {
  if (!shared) {
    const { window } = new JSDOM("<!doctype html><html><body></body></html>");
    const purify = createDOMPurify(window as unknown as Parameters<typeof createDOMPurify>[0]);
    installPostSanitizeHooks(purify);
    shared = { purify, window };
  }
  return shared;
}

/** `html` through the shared policy, then through `edit`, as HTML text. */
export async function sanitizePostHtml(html: string, edit?: SanitizedHtmlEditor): Promise<string> {
  const { purify, window } = nodePurify();
  // DOMPurify gives null for markup with no body at all (a lone <frameset>): nothing of it is safe to keep.
  const fragment = purify.sanitize(html, OPTIONS) ?? window.document.createDocumentFragment();
  if (edit) await edit(fragment);
  const container = window.document.createElement("div");
  container.append(fragment);
  return container.innerHTML;
}
