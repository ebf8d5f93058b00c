/**
 * Colours for Markdown and for the code inside fenced blocks. Colours are CSS variables from
 * styles/tokens.css, so one style serves the light and the dark theme.
 */
import { HighlightStyle } from "@codemirror/language";
import { tags as t } from "@lezer/highlight";

/** The editor's syntax colours: quiet Markdown marks, clear headings and links, readable code. */
export const postHighlightStyle = HighlightStyle.define([
  { tag: t.heading, fontWeight: "700", color: "var(--syntax-heading)" },
  { tag: t.strong, fontWeight: "700" },
  { tag: t.emphasis, fontStyle: "italic" },
  { tag: t.strikethrough, textDecoration: "line-through" },
  { tag: t.link, color: "var(--syntax-link)" },
  { tag: t.url, color: "var(--syntax-url)" },
  { tag: t.monospace, color: "var(--syntax-code)" },
  { tag: t.quote, color: "var(--syntax-quote)" },
  { tag: [t.processingInstruction, t.contentSeparator, t.meta], color: "var(--syntax-meta)" },
  { tag: [t.comment, t.lineComment, t.blockComment], color: "var(--syntax-comment)", fontStyle: "italic" },
  { tag: [t.keyword, t.operatorKeyword, t.modifier, t.controlKeyword], color: "var(--syntax-keyword)" },
  { tag: [t.string, t.special(t.string), t.regexp], color: "var(--syntax-string)" },
  { tag: [t.number, t.bool, t.null, t.atom], color: "var(--syntax-number)" },
  { tag: [t.function(t.variableName), t.function(t.propertyName)], color: "var(--syntax-function)" },
  { tag: [t.typeName, t.className, t.namespace], color: "var(--syntax-type)" },
  { tag: [t.propertyName, t.attributeName], color: "var(--syntax-property)" },
  { tag: [t.tagName, t.angleBracket], color: "var(--syntax-tag)" },
  { tag: t.invalid, color: "var(--syntax-invalid)" },
]);
