/**
 * Sets one front matter field through the `yaml` Document API, so the writer's comments, key
 * order and quoting survive, and the Markdown body keeps every byte.
 */
import { parseDocument } from "yaml";
import { ApiError } from "../api/errors";
import { findFrontMatter } from "./front-matter";

/** `[a, b]` rather than yaml's default `[ a, b ]`: the way front matter is usually written. */
const YAML_OUTPUT = { flowCollectionPadding: false } as const;

/**
 * `text` with front matter field `key` set to `value`. Adds a front matter block when the post
 * has none; refuses (ApiError "invalid-argument") when the existing YAML is broken, since
 * rewriting it could lose what the writer meant.
 */
export function setFrontMatterField(text: string, key: string, value: unknown): string {
  const newline = text.includes("\r\n") ? "\r\n" : "\n";
  const block = findFrontMatter(text);
  if (block === null) {
    const bom = text.startsWith("\uFEFF") ? "\uFEFF" : "";
    const doc = parseDocument("");
    doc.set(key, value);
    return `${bom}---${newline}${withNewline(doc.toString(YAML_OUTPUT), newline)}---${newline}${newline}${text.slice(bom.length)}`;
  }
  const doc = parseDocument(block.yaml);
  if (doc.errors.length > 0) {
    throw new ApiError("invalid-argument", `The front matter is not valid YAML, so "${key}" was not changed. Fix the front matter first.`);
  }
  doc.set(key, value);
  // The opening fence is the first line; everything from the closing fence on stays as it was.
  const yamlStart = text.indexOf("\n") + 1;
  const yamlEnd = yamlStart + block.yaml.length;
  return text.slice(0, yamlStart) + withNewline(doc.toString(YAML_OUTPUT), newline) + text.slice(yamlEnd);
}

/** YAML as `yaml` prints it (`\n` endings) converted to the post's own line endings. */
function withNewline(yaml: string, newline: string): string {
  return newline === "\n" ? yaml : yaml.replace(/\r?\n/g, newline);
}
