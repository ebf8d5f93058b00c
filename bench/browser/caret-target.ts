/** Where the bench types: the end of the paragraph nearest the middle of the post. */

/** A paragraph's end, in editor terms (1-based line) and as an offset. */
export interface CaretTarget {
  readonly line: number;
  readonly column: number;
  readonly offset: number;
  /** The paragraph's text, the source line the caret ends. */
  readonly text: string;
}

/** A one-line paragraph of prose ending in a full stop (the generator writes paragraphs so). */
const isParagraph = (line: string, next: string | undefined): boolean => /^[A-Z*]/.test(line) && line.endsWith(".") && next === "";

/** The end of the paragraph closest to the post's middle line. */
export function middleParagraphEnd(post: string): CaretTarget {
  const target = findMiddleParagraphEnd(post);
  if (!target) throw new Error("the post has no paragraph to type in");
  return target;
}

/** The end of the paragraph closest to the text's middle line, or null when it has none. */
export function findMiddleParagraphEnd(post: string): CaretTarget | null {
  const lines = post.split("\n");
  const middle = lines.length / 2;
  let index = -1;
  for (const [at, line] of lines.entries()) {
    if (isParagraph(line, lines[at + 1]) && (index < 0 || Math.abs(at - middle) < Math.abs(index - middle))) index = at;
  }
  if (index < 0) return null;
  const text = lines[index] ?? "";
  const offset = lines.slice(0, index).reduce((sum, line) => sum + line.length + 1, 0) + text.length;
  return { line: index + 1, column: text.length, offset, text };
}
