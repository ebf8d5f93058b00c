/**
 * How often the keyphrase is used, per hundred words of the body (headings included): enough for
 * the topic to be clear, not so often that it reads as stuffing. Mentions are sentences holding
 * every content word of the keyphrase (see keyphrase.ts), not raw substrings.
 */
import type { Keyphrase } from "../keyphrase";
import type { KeywordCheck } from "../keyword-check";
import { findMentions } from "../keyphrase-mentions";
import type { PostOutline } from "../post-outline";

/** Yoast's bounds, in percent of words. */
export const KEYPHRASE_DENSITY = { min: 0.5, max: 3 } as const;

/** Good between 0.5 % and 3 %, bad outside; the ranges are the sentences that mention it. */
export function checkKeyphraseDensity(keyphrase: Keyphrase, outline: PostOutline): KeywordCheck {
  const id = "keyphrase-density";
  const sentences = findMentions(keyphrase, outline);
  const words = sentences.reduce((sum, { sentence }) => sum + sentence.wordCount, 0);
  const mentions = sentences.reduce((sum, { mentions }) => sum + mentions, 0);
  const density = words === 0 ? 0 : (mentions / words) * 100;
  const ranges = sentences.filter((entry) => entry.mentions > 0).map(({ sentence }) => ({ from: sentence.from, to: sentence.to }));
  const measured = `The keyphrase is used ${mentions} ${mentions === 1 ? "time" : "times"} in ${words} words (${density.toFixed(1)}%)`;
  if (density < KEYPHRASE_DENSITY.min) return { id, status: "bad", message: `${measured}: use it more, at least ${KEYPHRASE_DENSITY.min}%.`, ranges };
  if (density > KEYPHRASE_DENSITY.max) return { id, status: "bad", message: `${measured}: that reads as stuffing; keep it under ${KEYPHRASE_DENSITY.max}%.`, ranges };
  return { id, status: "good", message: `${measured}.`, ranges };
}
