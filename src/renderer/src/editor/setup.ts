/** The extensions every post's editor shares: Markdown with highlighted code blocks, history, search and the look. */
import { closeBrackets } from "@codemirror/autocomplete";
import { history } from "@codemirror/commands";
import { markdown, markdownLanguage } from "@codemirror/lang-markdown";
import { syntaxHighlighting } from "@codemirror/language";
import { languages } from "@codemirror/language-data";
import { search } from "@codemirror/search";
import { EditorState, type Extension } from "@codemirror/state";
import { drawSelection, dropCursor, EditorView, highlightActiveLine, highlightSpecialChars } from "@codemirror/view";
import { frontMatterSyntax } from "./front-matter-syntax";
import { postHighlightStyle } from "./highlight-style";
import { pageStyleNonce } from "./page-style-nonce";
import { editorSpelling } from "./spelling";
import { postEditorTheme } from "./theme";

/** Everything but the document, the keys and the listeners: those belong to the open post. */
export function postEditorSetup(): Extension {
  return [
    history(),
    drawSelection(),
    dropCursor(),
    highlightSpecialChars(),
    highlightActiveLine(),
    closeBrackets(),
    // GitHub-flavoured, like the preview's markdown-it; fenced code loads its language on demand.
    markdown({ base: markdownLanguage, codeLanguages: languages, extensions: frontMatterSyntax }),
    syntaxHighlighting(postHighlightStyle),
    EditorView.lineWrapping,
    search({ top: true }),
    EditorView.contentAttributes.of({ "aria-label": "Markdown editor" }),
    // Prose wants the system spell checker, which CodeMirror turns off by default for code.
    editorSpelling(),
    postEditorTheme,
    pageStyleNonce(),
  ];
}

/** Keeps Windows line endings when a post was written with them, so saving does not rewrite every line. */
export function lineEndingsOf(text: string): Extension {
  return text.includes("\r\n") ? EditorState.lineSeparator.of("\r\n") : [];
}
