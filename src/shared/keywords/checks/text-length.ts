/** Is the post long enough for search engines to tell what it is about? Counts the running prose, not headings. */
import type { KeywordCheck } from "../keyword-check";
import type { PostOutline } from "../post-outline";

/** Words: from `good` on is good, from `ok` on is ok (Yoast's bounds for a post). */
export const TEXT_WORDS = { good: 300, ok: 250 } as const;

/** Good from 300 words, ok from 250, bad below. */
export function checkTextLength(outline: PostOutline): KeywordCheck {
  const id = "text-length";
  const words = outline.units.filter((unit) => unit.kind !== "heading").reduce((sum, unit) => sum + unit.sentences.reduce((total, sentence) => total + sentence.wordCount, 0), 0);
  if (words >= TEXT_WORDS.good) return { id, status: "good", message: `The text has ${words} words.` };
  const advice = `The text has ${words} words; aim for at least ${TEXT_WORDS.good}.`;
  return { id, status: words >= TEXT_WORDS.ok ? "ok" : "bad", message: advice };
}
