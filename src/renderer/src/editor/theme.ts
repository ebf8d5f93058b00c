/**
 * The editor's look: the writing font, comfortable line height, a visible focus ring and caret,
 * and a search panel that matches the app. Colours are CSS variables (styles/tokens.css) that
 * follow the writer's theme setting; the font size is the Settings' editor font size.
 */
import { EditorView } from "@codemirror/view";

/** The editor theme. */
export const postEditorTheme = EditorView.theme({
  "&": {
    height: "100%",
    color: "var(--text)",
    backgroundColor: "var(--editor-bg)",
    fontSize: "var(--editor-font-size)",
  },
  "&.cm-focused": { outline: "2px solid var(--focus-ring)", outlineOffset: "-2px" },
  ".cm-scroller": { fontFamily: "var(--font-editor)", lineHeight: "1.65", overflow: "auto" },
  // About 70 characters a line (plus the line padding), centred when the pane is wider: long lines tire the eye.
  ".cm-content": { padding: "20px 0 40vh", caretColor: "var(--caret)", maxWidth: "calc(72ch + 48px)", margin: "0 auto" },
  ".cm-line": { padding: "0 24px" },
  ".cm-cursor, .cm-dropCursor": { borderLeftColor: "var(--caret)", borderLeftWidth: "2px" },
  "&.cm-focused > .cm-scroller > .cm-selectionLayer .cm-selectionBackground, .cm-selectionBackground, .cm-content ::selection":
    { backgroundColor: "var(--selection)" },
  ".cm-activeLine": { backgroundColor: "var(--active-line)" },
  ".cm-searchMatch": { backgroundColor: "var(--search-match)", outline: "1px solid var(--search-match-border)" },
  ".cm-searchMatch.cm-searchMatch-selected": { backgroundColor: "var(--search-match-selected)" },
  // CodeMirror's own tooltip colours are fixed light ones; ours follow the theme so advice stays readable in dark.
  ".cm-tooltip": { backgroundColor: "var(--surface)", color: "var(--text)", border: "1px solid var(--border-strong)", borderRadius: "8px" },
  ".cm-panels": { backgroundColor: "var(--surface-raised)", color: "var(--text)" },
  ".cm-panels.cm-panels-top": { borderBottom: "1px solid var(--border)" },
  ".cm-panel.cm-search": { padding: "8px 12px", fontFamily: "var(--font-ui)", fontSize: "13px" },
  ".cm-panel.cm-search label": { fontSize: "13px" },
  ".cm-textfield": {
    font: "inherit",
    color: "var(--text)",
    backgroundColor: "var(--surface)",
    border: "1px solid var(--border-strong)",
    borderRadius: "6px",
    padding: "3px 6px",
  },
  ".cm-button": {
    font: "inherit",
    color: "var(--text)",
    backgroundImage: "none",
    backgroundColor: "var(--surface)",
    border: "1px solid var(--border-strong)",
    borderRadius: "6px",
    padding: "3px 10px",
  },
  ".cm-button:hover": { backgroundColor: "var(--hover)" },
  ".cm-textfield:focus-visible, .cm-button:focus-visible, .cm-panel input[type=checkbox]:focus-visible, .cm-panel button[name=close]:focus-visible":
    { outline: "2px solid var(--focus-ring)", outlineOffset: "1px" },
  ".cm-panel.cm-search [name=close]": { color: "var(--text-muted)", fontSize: "18px", cursor: "pointer" },
});
