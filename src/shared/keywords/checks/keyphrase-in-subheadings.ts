/** Do some H2 and H3 subheadings name the keyphrase: enough to show the topic, not so many that it reads as stuffing? */
import { countKeyphrase, type Keyphrase } from "../keyphrase";
import type { KeywordCheck } from "../keyword-check";
import type { PostOutline } from "../post-outline";
import { percent } from "../../readability/structure/structure-check";

/** Yoast's bounds on the share of H2/H3 subheadings that name the keyphrase. */
export const SUBHEADING_SHARE = { min: 0.3, max: 0.75 } as const;

/** Good for 30 %–75 % of H2/H3 subheadings (or the only one); ok otherwise, and when there are none. */
export function checkKeyphraseInSubheadings(keyphrase: Keyphrase, outline: PostOutline): KeywordCheck {
  const id = "keyphrase-in-subheadings";
  const subheadings = outline.units.filter((unit) => unit.kind === "heading" && (unit.level === 2 || unit.level === 3));
  if (subheadings.length === 0) return { id, status: "ok", message: "There are no H2 or H3 subheadings. Longer posts read better with some, and one can name the keyphrase." };
  const naming = subheadings.filter((heading) => heading.sentences.some((sentence) => countKeyphrase(sentence.contentStems, keyphrase) > 0));
  const share = naming.length / subheadings.length;
  const ranges = naming.map(({ from, to }) => ({ from, to }));
  const counted = `${naming.length} of ${subheadings.length} H2/H3 subheadings (${percent(share)}) name the keyphrase`;
  if ((share >= SUBHEADING_SHARE.min && share <= SUBHEADING_SHARE.max) || (subheadings.length === 1 && naming.length === 1)) {
    return { id, status: "good", message: `${counted}.`, ranges };
  }
  if (share < SUBHEADING_SHARE.min) return { id, status: "ok", message: `${counted}: aim for at least ${percent(SUBHEADING_SHARE.min)}.`, ranges };
  return { id, status: "ok", message: `${counted}: more than ${percent(SUBHEADING_SHARE.max)} reads as repetitive; vary some.`, ranges };
}
