/**
 * Headings, lists and quotes as transactions over the editor's state: they change the prefix of
 * every line the selection touches, so they can be tested in Node. Lists and quotes toggle: when
 * every line already has the prefix, it goes.
 */
import { EditorSelection, type ChangeSpec, type EditorState, type Line, type TransactionSpec } from "@codemirror/state";
import { findFrontMatter } from "../../../shared/post/front-matter";

const HEADING_PREFIX = /^ {0,3}#{1,6}(?:[ \t]+|$)/;
const BULLET_PREFIX = /^(\s*)[-*+][ \t]+/;
const NUMBER_PREFIX = /^(\s*)\d{1,9}[.)][ \t]+/;
const QUOTE_PREFIX = /^>[ \t]?/;

/** Where the body starts: a `# ` in the front matter would break its YAML. */
function bodyStart(state: EditorState): number {
  return findFrontMatter(state.sliceDoc())?.bodyOffset ?? 0;
}

/**
 * The body's lines the selection touches, each once; a selection ending at a line's very start
 * leaves that line out.
 */
function selectedLines(state: EditorState): Line[] {
  const start = bodyStart(state);
  const lines: Line[] = [];
  let last = -1;
  for (const range of state.selection.ranges) {
    const end = range.to > range.from && state.doc.lineAt(range.to).from === range.to ? range.to - 1 : range.to;
    for (let number = Math.max(state.doc.lineAt(Math.max(range.from, start)).number, last + 1); number <= state.doc.lineAt(end).number; number++) {
      const line = state.doc.line(number);
      if (line.from >= start) lines.push(line);
      last = number;
    }
  }
  // Several lines: blank ones between paragraphs stay blank. One line: even a blank one gets the prefix, to type after.
  return lines.length > 1 ? lines.filter((line) => line.text.trim() !== "") : lines;
}

/** The transaction for `changes`, with every cursor and selection end moved past text inserted where it stood. */
function withPrefixChanges(state: EditorState, changes: ChangeSpec[]): TransactionSpec {
  const set = state.changes(changes);
  const selection = EditorSelection.create(
    state.selection.ranges.map((range) => EditorSelection.range(set.mapPos(range.anchor, 1), set.mapPos(range.head, 1))),
    state.selection.mainIndex,
  );
  return { changes: set, selection, userEvent: "input.format", scrollIntoView: true };
}

/** Makes the selected lines headings of `level` (1–6), replacing any heading prefix; level 0 makes them plain paragraphs. */
export function setHeadingLevel(state: EditorState, level: number): TransactionSpec {
  const prefix = level > 0 ? `${"#".repeat(level)} ` : "";
  return withPrefixChanges(
    state,
    selectedLines(state).map((line) => ({ from: line.from, to: line.from + (HEADING_PREFIX.exec(line.text)?.[0].length ?? 0), insert: prefix })),
  );
}

/** The line-prefixed blocks a writer can toggle. */
export type LineBlock = "bullet-list" | "numbered-list" | "quote";

/** The length of the prefix of `text` that makes it a `block`, or -1 when it is none. */
function prefixLength(text: string, block: LineBlock): number {
  const pattern = block === "bullet-list" ? BULLET_PREFIX : block === "numbered-list" ? NUMBER_PREFIX : QUOTE_PREFIX;
  return pattern.exec(text)?.[0].length ?? -1;
}

/** The other list's marker on `text` (with its indentation kept), so switching list kinds replaces it. */
function otherListMarker(text: string, block: LineBlock): { indent: number; length: number } | null {
  if (block === "quote") return null;
  const match = (block === "bullet-list" ? NUMBER_PREFIX : BULLET_PREFIX).exec(text);
  return match ? { indent: match[1]?.length ?? 0, length: match[0].length } : null;
}

/** Turns the selected lines into a bullet list, a numbered list (1., 2., …) or a quote, or back into plain lines when they all are one already. */
export function toggleLineBlock(state: EditorState, block: LineBlock): TransactionSpec {
  const lines = selectedLines(state);
  const remove = lines.length > 0 && lines.every((line) => prefixLength(line.text, block) >= 0);
  const changes = lines.map((line, index): ChangeSpec => {
    if (remove) {
      const length = prefixLength(line.text, block);
      // A list item's indentation stays: only its marker goes.
      const indent = block === "quote" ? 0 : line.text.length - line.text.trimStart().length;
      return { from: line.from + indent, to: line.from + length };
    }
    const marker = block === "bullet-list" ? "- " : block === "numbered-list" ? `${index + 1}. ` : "> ";
    const other = otherListMarker(line.text, block);
    if (other) return { from: line.from + other.indent, to: line.from + other.length, insert: marker };
    const own = block === "quote" ? -1 : prefixLength(line.text, block);
    const indent = block === "quote" ? 0 : line.text.length - line.text.trimStart().length;
    return own >= 0 ? { from: line.from + indent, to: line.from + own, insert: marker } : { from: line.from + indent, insert: marker };
  });
  return withPrefixChanges(state, changes);
}
