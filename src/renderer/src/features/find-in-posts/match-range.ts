/** A search match's lines and columns as a range in the editor's text, which may count line breaks differently from the file. */
import type { Text } from "@codemirror/state";
import type { PostSearchMatch } from "../../../../shared/api/contract";
import type { TextPlace } from "../../../../shared/search/find-matches";
import type { SourceRange } from "../../../../shared/readability";

function offsetOf(doc: Text, place: TextPlace): number {
  const line = doc.line(Math.min(Math.max(1, place.line), doc.lines));
  return line.from + Math.min(Math.max(0, place.column), line.length);
}

/** Where `match` is in `doc`, clamped to the text (it may have changed since the search). */
export function matchRange(doc: Text, match: PostSearchMatch): SourceRange {
  const from = offsetOf(doc, match.from);
  return { from, to: Math.max(from, offsetOf(doc, match.to)) };
}
