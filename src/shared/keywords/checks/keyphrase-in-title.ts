/** Is the keyphrase in the SEO title, and at its start, where searchers read first? */
import type { Keyphrase } from "../keyphrase";
import { countKeyphrase, plainTextStems } from "../keyphrase";
import type { KeywordCheck } from "../keyword-check";
import type { PostOutline } from "../post-outline";

/** Whether the title's first content words are the keyphrase's, in order ("The" or "How" before them is fine). */
function startsWithKeyphrase(titleStems: readonly string[], keyphrase: Keyphrase): boolean {
  return keyphrase.stems.every((stem, index) => titleStems[index] === stem);
}

/** Good when the title starts with the keyphrase, ok when it has it elsewhere, bad when it lacks it. */
export function checkKeyphraseInTitle(keyphrase: Keyphrase, outline: PostOutline): KeywordCheck {
  const id = "keyphrase-in-title";
  if (outline.seoTitle === null) return { id, status: "bad", message: "Add a title (front matter `title`) that starts with the keyphrase." };
  const stems = plainTextStems(outline.seoTitle).flat();
  if (startsWithKeyphrase(stems, keyphrase)) return { id, status: "good", message: "The title starts with the keyphrase." };
  if (countKeyphrase(stems, keyphrase) > 0) return { id, status: "ok", message: "The title has the keyphrase; move it to the start, where searchers read first." };
  return { id, status: "bad", message: "The title does not have the keyphrase. Put it in, at the start if you can." };
}
