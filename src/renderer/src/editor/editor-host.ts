/**
 * Puts an editor in its own shadow root. In a document, CodeMirror's style-mod writes its CSS
 * into a <style> element, which our CSP (style-src 'self', no 'unsafe-inline') blocks; in a
 * shadow root it uses a constructed stylesheet (adoptedStyleSheets), which CSP allows.
 */
import type { EditorState } from "@codemirror/state";
import { EditorView } from "@codemirror/view";

/** An editor view and the element to place in the page to show it. */
export interface HostedEditor {
  readonly host: HTMLElement;
  readonly view: EditorView;
}

/** Creates a view for `state` inside a new `.editor-host` element's shadow root. */
export function createHostedEditor(state: EditorState): HostedEditor {
  const host = document.createElement("div");
  host.className = "editor-host";
  const root = host.attachShadow({ mode: "open" });
  return { host, view: new EditorView({ state, root, parent: root }) };
}
