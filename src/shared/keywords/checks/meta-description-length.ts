/** Is the meta description long enough to inform, and short enough not to be cut off in search results? */
import type { KeywordCheck } from "../keyword-check";
import type { PostOutline } from "../post-outline";

/** Characters: under `min` wastes the snippet, over `max` is cut off (Yoast's bounds). */
export const META_DESCRIPTION_CHARACTERS = { min: 120, max: 157 } as const;

/** Good for 120–157 characters, ok when shorter or longer, bad when missing. */
export function checkMetaDescriptionLength(outline: PostOutline): KeywordCheck {
  const id = "meta-description-length";
  if (outline.description === null) return { id, status: "bad", message: "Add a meta description (front matter `description`): search results show it under the title." };
  const length = [...outline.description].length;
  const { min, max } = META_DESCRIPTION_CHARACTERS;
  if (length < min) return { id, status: "ok", message: `The meta description has ${length} characters; up to ${max} are shown, so say more (at least ${min}).` };
  if (length > max) return { id, status: "ok", message: `The meta description has ${length} characters; search results cut it after about ${max}.` };
  return { id, status: "good", message: `The meta description has ${length} characters.` };
}
