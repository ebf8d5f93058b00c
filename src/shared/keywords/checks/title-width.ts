/** Does the SEO title fit in a search result, without being so short it wastes the space? */
import type { KeywordCheck } from "../keyword-check";
import type { PostOutline } from "../post-outline";
import { titleWidth } from "../title-pixel-width";

/** Yoast's bounds in pixels of Arial at 20 px: under `min` leaves room unused, over `max` is cut off. */
export const TITLE_WIDTH_PX = { min: 400, max: 600 } as const;

/** Good from 400 to 600 px, ok when shorter, bad when wider or missing. */
export function checkTitleWidth(outline: PostOutline): KeywordCheck {
  const id = "title-width";
  if (outline.seoTitle === null) return { id, status: "bad", message: "Add a title (front matter `title`): search results show it first." };
  const width = Math.round(titleWidth(outline.seoTitle));
  if (width > TITLE_WIDTH_PX.max) return { id, status: "bad", message: `The title is ${width} px wide; search results cut it after ${TITLE_WIDTH_PX.max} px. Shorten it.` };
  if (width < TITLE_WIDTH_PX.min) return { id, status: "ok", message: `The title is ${width} px wide; up to ${TITLE_WIDTH_PX.max} px fit, so there is room to say more.` };
  return { id, status: "good", message: `The title is ${width} px wide and fits in search results.` };
}
