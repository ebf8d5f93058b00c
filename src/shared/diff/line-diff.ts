/**
 * Line-by-line differences between two texts, for the writer to see what a backup, a conflict or
 * an old version would change. jsdiff finds them; this module only shapes them for display.
 */
import { diffLines } from "diff";

/** One line of a diff: unchanged, only in the new text, or only in the old. */
export interface DiffLine {
  readonly kind: "same" | "added" | "removed";
  readonly text: string;
}

/** Unchanged lines left out of the display, between two shown runs. */
export interface DiffGap {
  readonly kind: "gap";
  readonly lines: number;
}

/** What a diff view shows: changed lines with some unchanged ones around them, and gaps for the rest. */
export interface DiffDisplay {
  readonly rows: readonly (DiffLine | DiffGap)[];
  readonly added: number;
  readonly removed: number;
}

/** Unchanged lines shown before and after each change. */
const CONTEXT_LINES = 2;

/** Line endings are not words: CRLF and LF versions of a text compare equal line by line. */
function linesOf(value: string): string[] {
  const lines = value.replace(/\r\n?/g, "\n").split("\n");
  if (lines.at(-1) === "") lines.pop();
  return lines;
}

/** Every line of `before` and `after`, in order, marked unchanged, added or removed. */
export function lineDiff(before: string, after: string): DiffLine[] {
  const normalize = (text: string) => text.replace(/\r\n?/g, "\n");
  return diffLines(normalize(before), normalize(after)).flatMap((part) => {
    const kind = part.added ? "added" : part.removed ? "removed" : "same";
    return linesOf(part.value).map((text) => ({ kind, text }));
  });
}

/** The diff from `before` to `after` as shown: unchanged runs longer than the context fold into gaps. */
export function diffDisplay(before: string, after: string): DiffDisplay {
  const lines = lineDiff(before, after);
  const near = lines.map(() => false);
  lines.forEach((line, index) => {
    if (line.kind === "same") return;
    for (let i = Math.max(0, index - CONTEXT_LINES); i <= Math.min(lines.length - 1, index + CONTEXT_LINES); i++) near[i] = true;
  });
  const rows: (DiffLine | DiffGap)[] = [];
  lines.forEach((line, index) => {
    if (near[index]) rows.push(line);
    else {
      const last = rows.at(-1);
      if (last?.kind === "gap") rows[rows.length - 1] = { kind: "gap", lines: last.lines + 1 };
      else rows.push({ kind: "gap", lines: 1 });
    }
  });
  return { rows, added: lines.filter((line) => line.kind === "added").length, removed: lines.filter((line) => line.kind === "removed").length };
}
