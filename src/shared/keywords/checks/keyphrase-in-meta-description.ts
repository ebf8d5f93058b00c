/** Does the meta description, the snippet under the title in search results, name the keyphrase once or twice? */
import { countKeyphrase, plainTextStems, type Keyphrase } from "../keyphrase";
import type { KeywordCheck } from "../keyword-check";
import type { PostOutline } from "../post-outline";

/** More than this many mentions in the description reads as stuffing (Yoast's bound). */
export const MAX_DESCRIPTION_MENTIONS = 2;

/** Good for one or two mentions, bad for none, more, or no description. */
export function checkKeyphraseInMetaDescription(keyphrase: Keyphrase, outline: PostOutline): KeywordCheck {
  const id = "keyphrase-in-meta-description";
  if (outline.description === null) return { id, status: "bad", message: "Add a meta description (front matter `description`) that names the keyphrase." };
  const mentions = plainTextStems(outline.description).reduce((sum, stems) => sum + countKeyphrase(stems, keyphrase), 0);
  if (mentions === 0) return { id, status: "bad", message: "The meta description does not name the keyphrase." };
  if (mentions > MAX_DESCRIPTION_MENTIONS) return { id, status: "bad", message: `The meta description names the keyphrase ${mentions} times; once or twice reads better.` };
  return { id, status: "good", message: "The meta description names the keyphrase." };
}
