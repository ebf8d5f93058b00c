/**
 * Lets CodeMirror's <style> element past the page's Content-Security-Policy: each response of the
 * page carries a fresh nonce in its policy and in `<meta property="csp-nonce">` (renderer-page.ts),
 * and style-mod puts it on the element it writes the editor's CSS into.
 */
import type { Extension } from "@codemirror/state";
import { EditorView } from "@codemirror/view";

/** The page's style nonce for the editor; nothing under the dev server, whose policy allows inline styles. */
export function pageStyleNonce(): Extension {
  // Chromium hides a nonce from the attribute once the element is in the page; the property keeps it.
  const nonce = document.querySelector<HTMLMetaElement>('meta[property="csp-nonce"]')?.nonce ?? "";
  return nonce === "" ? [] : EditorView.cspNonce.of(nonce);
}
