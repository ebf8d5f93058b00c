/**
 * Counts a post's body paragraph by paragraph and remembers each paragraph's counts, so a
 * keystroke recounts one paragraph instead of the whole post (a full count of 100k words takes
 * ~25 ms). Sums are exact: no word spans a blank line, and line breaks are not characters.
 */
import { countText, readingMinutes, type TextCounts } from "../../../../shared/post/counts";

/** Counts bodies, reusing the counts of paragraphs seen in the previous body. */
export class ParagraphCounts {
  private previous = new Map<string, TextCounts>();

  /** The same result as `countText(body)`. */
  count(body: string): TextCounts {
    const current = new Map<string, TextCounts>();
    let words = 0;
    let characters = 0;
    for (const paragraph of body.split("\n\n")) {
      const counts = current.get(paragraph) ?? this.previous.get(paragraph) ?? countText(paragraph);
      current.set(paragraph, counts);
      words += counts.words;
      characters += counts.characters;
    }
    this.previous = current;
    return { words, characters, readingMinutes: readingMinutes(words) };
  }
}
