/**
 * Puts an editor in an `.editor-host` element: the box that keeps each keystroke's layout inside
 * the editor (layout.css). CodeMirror's CSS goes into a <style> element with the page's nonce.
 */
import type { EditorState } from "@codemirror/state";
import { EditorView } from "@codemirror/view";

/** An editor view and the element to place in the page to show it. */
export interface HostedEditor {
  readonly host: HTMLElement;
  readonly view: EditorView;
}

/** Creates a view for `state` inside a new `.editor-host` element. */
export function createHostedEditor(state: EditorState): HostedEditor {
  const host = document.createElement("div");
  host.className = "editor-host";
  return { host, view: new EditorView({ state, parent: host }) };
}
