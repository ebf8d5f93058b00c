/**
 * Is the keyphrase spread over the post, or bunched in one part? Measured as the longest stretch
 * of the body without a mention (counting the stretch before the first and after the last), as
 * a share of the body's words. Evenly spread mentions keep every stretch short.
 */
import type { Keyphrase } from "../keyphrase";
import type { KeywordCheck } from "../keyword-check";
import { findMentions, type SentenceMentions } from "../keyphrase-mentions";
import type { PostOutline } from "../post-outline";
import { percent } from "../../readability/structure/structure-check";

/** Largest share of the words that may go without a mention: up to `good` is good, up to `ok` is ok. */
export const LONGEST_GAP_SHARE = { good: 0.3, ok: 0.5 } as const;

/** The longest run of sentences without a mention: its words and its first and last sentence. */
function longestGap(sentences: readonly SentenceMentions[]): { words: number; first: number; last: number } {
  let best = { words: 0, first: 0, last: -1 };
  let current = { words: 0, first: 0, last: -1 };
  sentences.forEach((entry, index) => {
    if (entry.mentions > 0) {
      current = { words: 0, first: index + 1, last: index };
      return;
    }
    current = { words: current.words + entry.sentence.wordCount, first: current.first, last: index };
    if (current.words > best.words) best = current;
  });
  return best;
}

/** Good when no stretch without the keyphrase is over 30 % of the text, ok up to 50 %, bad beyond or with no mention. */
export function checkKeyphraseDistribution(keyphrase: Keyphrase, outline: PostOutline): KeywordCheck {
  const id = "keyphrase-distribution";
  const sentences = findMentions(keyphrase, outline);
  const words = sentences.reduce((sum, { sentence }) => sum + sentence.wordCount, 0);
  if (!sentences.some((entry) => entry.mentions > 0)) return { id, status: "bad", message: "The keyphrase is not in the text. Use it throughout the post." };
  const gap = longestGap(sentences);
  const share = words === 0 ? 0 : gap.words / words;
  const first = sentences[gap.first]?.sentence;
  const last = sentences[gap.last]?.sentence;
  const ranges = first && last && gap.words > 0 ? [{ from: first.from, to: last.to }] : [];
  const measured = `The longest stretch without the keyphrase is ${gap.words} words, ${percent(share)} of the text`;
  if (share <= LONGEST_GAP_SHARE.good) return { id, status: "good", message: `${measured}: it is spread well.`, ranges };
  if (share <= LONGEST_GAP_SHARE.ok) return { id, status: "ok", message: `${measured}. Mention it in that part too.`, ranges };
  return { id, status: "bad", message: `${measured}. Spread it over the whole post.`, ranges };
}
