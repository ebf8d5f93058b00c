/** Escaping for the strings the export writes into HTML: text, attribute values and JSON-LD. */

const HTML_ESCAPES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };

/** `text` safe as element content or as a double-quoted attribute value (the only kind the export writes). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (character) => HTML_ESCAPES[character] ?? character);
}

/**
 * `value` as JSON that is safe inside `<script type="application/ld+json">`: `<`, `>` and `&`
 * are written as `\u003c` … so a post's text can never close the element (`</script>`) or open a
 * comment, and U+2028/U+2029 are escaped for old JavaScript parsers. It still parses as the same JSON.
 */
export function jsonForScriptElement(value: unknown): string {
  return JSON.stringify(value, null, 2)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
