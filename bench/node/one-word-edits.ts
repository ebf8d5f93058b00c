/** One-word edits for the "after an edit" timings: each differs from the text before it by one word in one paragraph. */
import { findMiddleParagraphEnd } from "../browser/caret-target";

/** `text` with `word` added where the browser phase types (the end of the middle paragraph), else after the first space past its middle. */
function withWordAdded(text: string, word: string): string {
  const paragraphEnd = findMiddleParagraphEnd(text);
  // Before the paragraph's full stop.
  const at = paragraphEnd ? paragraphEnd.offset - 1 : text.indexOf(" ", Math.floor(text.length / 2));
  return `${text.slice(0, at)} ${word}${text.slice(at)}`;
}

/** Two one-word edits of `text` to alternate, so every timed run differs from the cached text by one paragraph. */
export function alternatingEdits(text: string): () => string {
  const edits = [withWordAdded(text, "quietly"), withWordAdded(text, "slowly")];
  let turn = 0;
  return () => edits[turn++ % 2] ?? text;
}
