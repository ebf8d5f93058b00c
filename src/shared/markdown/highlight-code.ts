/**
 * Syntax highlighting for fenced code: highlight.js's core with the languages bloggers write most,
 * registered by hand so the bundle stays small and the output never depends on auto-detection.
 * highlight.js writes `<span class="hljs-…">` only; the colours live in the theme CSS, because the
 * Content-Security-Policy forbids inline styles.
 */
import hljs from "highlight.js/lib/core";
import bash from "highlight.js/lib/languages/bash";
import c from "highlight.js/lib/languages/c";
import cpp from "highlight.js/lib/languages/cpp";
import csharp from "highlight.js/lib/languages/csharp";
import css from "highlight.js/lib/languages/css";
import diff from "highlight.js/lib/languages/diff";
import dockerfile from "highlight.js/lib/languages/dockerfile";
import go from "highlight.js/lib/languages/go";
import ini from "highlight.js/lib/languages/ini";
import java from "highlight.js/lib/languages/java";
import javascript from "highlight.js/lib/languages/javascript";
import json from "highlight.js/lib/languages/json";
import kotlin from "highlight.js/lib/languages/kotlin";
import markdown from "highlight.js/lib/languages/markdown";
import php from "highlight.js/lib/languages/php";
import plaintext from "highlight.js/lib/languages/plaintext";
import python from "highlight.js/lib/languages/python";
import ruby from "highlight.js/lib/languages/ruby";
import rust from "highlight.js/lib/languages/rust";
import scss from "highlight.js/lib/languages/scss";
import shell from "highlight.js/lib/languages/shell";
import sql from "highlight.js/lib/languages/sql";
import swift from "highlight.js/lib/languages/swift";
import typescript from "highlight.js/lib/languages/typescript";
import xml from "highlight.js/lib/languages/xml";
import yaml from "highlight.js/lib/languages/yaml";

const LANGUAGES = {
  bash, c, cpp, csharp, css, diff, dockerfile, go, ini, java, javascript, json, kotlin, markdown,
  php, plaintext, python, ruby, rust, scss, shell, sql, swift, typescript, xml, yaml,
} as const;

// Registration is global to highlight.js's core; doing it once at import keeps it idempotent.
for (const [name, language] of Object.entries(LANGUAGES)) hljs.registerLanguage(name, language);

/** The language names and aliases (`js`, `ts`, `html`, `sh`, `toml` …) that fenced code may use. */
export function isHighlightedLanguage(name: string): boolean {
  return name !== "" && hljs.getLanguage(name) !== undefined;
}

/**
 * Highlighted HTML for `code` in `language` (the first word of the fence's info string), or "" so
 * markdown-it escapes the code itself: unknown languages are shown plain, never guessed.
 */
export function highlightCode(code: string, language: string): string {
  const name = language.trim().toLowerCase();
  if (!isHighlightedLanguage(name)) return "";
  try {
    return hljs.highlight(code, { language: name, ignoreIllegals: true }).value;
  } catch {
    return "";
  }
}
