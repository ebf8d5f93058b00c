/**
 * Edits one front matter field by splicing the text, not by re-printing the YAML: the `yaml`
 * Document API finds where the field's value sits, and only those characters change, so the
 * writer's comments, key order, quoting, spacing and long lines all survive, and the Markdown
 * body keeps every byte.
 */
import { Document, isMap, isScalar, isSeq, parseDocument, type Node, type Pair } from "yaml";
import { ApiError } from "../api/errors";
import { findFrontMatter } from "./front-matter";

/** `[a, b]` on one line, never folded: the way front matter is usually written. */
const YAML_OUTPUT = { flowCollectionPadding: false, lineWidth: 0 } as const;

/** A splice of the post's text. */
interface TextEdit {
  readonly from: number;
  readonly to: number;
  readonly insert: string;
}

/** The parsed front matter and where its YAML starts in the post's text. */
interface EditableFrontMatter {
  readonly text: string;
  readonly yamlStart: number;
  readonly yamlEnd: number;
  readonly newline: string;
  readonly fields: Pair<unknown, unknown>[];
}

/** `value` as YAML on one line (a flow list for arrays), quoted only where YAML needs it. */
function inlineYaml(value: unknown): string {
  const doc = new Document(value);
  if (isSeq(doc.contents) || isMap(doc.contents)) doc.contents.flow = true;
  return doc.toString(YAML_OUTPUT).trimEnd();
}

function apply(text: string, edit: TextEdit): string {
  return text.slice(0, edit.from) + edit.insert + text.slice(edit.to);
}

/** Reads the front matter for editing; refuses broken YAML, since rewriting it could lose what the writer meant. */
function readEditable(text: string, key: string): EditableFrontMatter | null {
  const block = findFrontMatter(text);
  if (block === null) return null;
  const doc = parseDocument(block.yaml);
  if (doc.errors.length > 0) {
    throw new ApiError("invalid-argument", `The front matter is not valid YAML, so "${key}" was not changed. Fix the front matter first.`);
  }
  if (doc.contents !== null && !isMap(doc.contents)) {
    throw new ApiError("invalid-argument", `The front matter is not a list of fields, so "${key}" was not changed.`);
  }
  // The opening fence is the first line.
  const yamlStart = text.indexOf("\n") + 1;
  return {
    text,
    yamlStart,
    yamlEnd: yamlStart + block.yaml.length,
    newline: text.includes("\r\n") ? "\r\n" : "\n",
    fields: doc.contents?.items ?? [],
  };
}

function findField(front: EditableFrontMatter, key: string): Pair<unknown, unknown> | undefined {
  return front.fields.find((pair) => isScalar(pair.key) && pair.key.value === key);
}

/** The text of a field's value node, and where it sits in the post. */
function valueRange(front: EditableFrontMatter, pair: Pair<unknown, unknown>): { from: number; to: number } | null {
  const node = pair.value as Node | null;
  if (!node?.range || node.range[0] === node.range[1]) return null;
  return { from: front.yamlStart + node.range[0], to: front.yamlStart + node.range[1] };
}

/** Sets the field `pair` (whose value may be empty) to `yaml`. */
function replaceValue(front: EditableFrontMatter, pair: Pair<unknown, unknown>, yaml: string): TextEdit {
  const range = valueRange(front, pair);
  if (range) return { ...range, insert: yaml };
  // `key:` with nothing after it: the value goes right after the colon.
  const keyEnd = front.yamlStart + ((pair.key as Node).range?.[1] ?? 0);
  const colon = front.text.indexOf(":", keyEnd) + 1;
  return { from: colon, to: colon, insert: ` ${yaml}` };
}

/** A new `key: value` line at the end of the front matter. */
function appendField(front: EditableFrontMatter, key: string, yaml: string): TextEdit {
  const block = front.text.slice(front.yamlStart, front.yamlEnd);
  const separator = block === "" || block.endsWith("\n") ? "" : front.newline;
  return { from: front.yamlEnd, to: front.yamlEnd, insert: `${separator}${inlineYaml(key)}: ${yaml}${front.newline}` };
}

/** A post without front matter gets a block holding `key: yaml`. */
function withNewFrontMatter(text: string, key: string, yaml: string): string {
  const newline = text.includes("\r\n") ? "\r\n" : "\n";
  const bom = text.startsWith("\uFEFF") ? "\uFEFF" : "";
  return `${bom}---${newline}${inlineYaml(key)}: ${yaml}${newline}---${newline}${newline}${text.slice(bom.length)}`;
}

/**
 * `text` with front matter field `key` set to `value`. Adds the field at the end of the front
 * matter, or a front matter block when the post has none; refuses (ApiError "invalid-argument")
 * when the existing YAML is broken.
 */
export function setFrontMatterField(text: string, key: string, value: unknown): string {
  const front = readEditable(text, key);
  if (front === null) return withNewFrontMatter(text, key, inlineYaml(value));
  const pair = findField(front, key);
  return apply(text, pair ? replaceValue(front, pair, inlineYaml(value)) : appendField(front, key, inlineYaml(value)));
}

/** A new `- item` line after the last item of a block list, indented as that item is. */
function appendBlockItem(front: EditableFrontMatter, lastItem: Node, yaml: string): TextEdit {
  const start = front.yamlStart + (lastItem.range?.[0] ?? 0);
  const lineStart = front.text.lastIndexOf("\n", start - 1) + 1;
  const prefix = front.text.slice(lineStart, start);
  let lineEnd = front.text.indexOf("\n", front.yamlStart + (lastItem.range?.[1] ?? 0));
  if (lineEnd === -1) lineEnd = front.yamlEnd;
  if (front.text[lineEnd - 1] === "\r") lineEnd--;
  return { from: lineEnd, to: lineEnd, insert: `${front.newline}${prefix}${yaml}` };
}

/**
 * `text` with `item` added to the list in front matter field `key` (created when missing). A
 * block list gets a new `- item` line, a flow list `[a, b]` a new entry, and comma-separated
 * text (`keywords: a, b`) a new comma-separated entry, so the list keeps the writer's style.
 * Returns `text` unchanged when the list already holds the item (ignoring case).
 */
export function addFrontMatterListItem(text: string, key: string, item: string): string {
  const front = readEditable(text, key);
  const pair = front === null ? undefined : findField(front, key);
  if (front === null || !pair || pair.value === null || (isScalar(pair.value) && (pair.value.value === null || pair.value.value === ""))) {
    return setFrontMatterField(text, key, [item]);
  }
  const value = pair.value;
  const has = (entries: readonly unknown[]) => entries.some((entry) => String(entry).trim().toLowerCase() === item.trim().toLowerCase());
  if (isSeq(value)) {
    const entries = value.items.map((entry) => (isScalar(entry) ? entry.value : entry));
    if (has(entries)) return text;
    const last = value.items.at(-1) as Node | undefined;
    if (!value.flow && last) return apply(text, appendBlockItem(front, last, inlineYaml(item)));
    return apply(text, replaceValue(front, pair, inlineYaml([...entries, item])));
  }
  const current = isScalar(value) ? String(value.value) : "";
  if (has(current.split(","))) return text;
  return apply(text, replaceValue(front, pair, inlineYaml(`${current}, ${item}`)));
}
