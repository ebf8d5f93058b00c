/**
 * The bench's baseline (issue 7): a bare CodeMirror 6 editor with Markdown highlighting and
 * nothing else, built from the same packages as Clearpost. Lines wrap as in Clearpost's editor,
 * since prose on one endless line would measure another layout.
 */
import { markdown, markdownLanguage } from "@codemirror/lang-markdown";
import { defaultHighlightStyle, syntaxHighlighting } from "@codemirror/language";
import { EditorView } from "@codemirror/view";

declare global {
  interface Window {
    /** The bench puts the caret through this. */
    bareEditor?: EditorView;
  }
}

async function start(): Promise<void> {
  const text = await (await fetch("./post.md")).text();
  const view = new EditorView({
    doc: text,
    extensions: [markdown({ base: markdownLanguage }), syntaxHighlighting(defaultHighlightStyle), EditorView.lineWrapping],
    parent: document.body,
  });
  window.bareEditor = view;
  view.focus();
}

void start();
