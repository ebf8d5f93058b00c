/**
 * How much a word says about a topic, from how common it is in everyday English (SUBTLEXus
 * ranks, the list the readability checker ships): "people" says little, "exosome" a lot. The
 * background-corpus half of TF-IDF, for a single post.
 */
import { frequencyRank } from "../readability/word-lists/word-frequency";

const LIST_SIZE = 50_000;
// The most frequent words still weigh a little, so a post about "time" can be about time.
const FLOOR = 0.05;

/** 0.05 (the most common words) to 1 (words beyond the 50,000 most frequent). */
export function informativeness(lower: string): number {
  const rank = frequencyRank(lower);
  return rank === undefined ? 1 : Math.max(FLOOR, Math.log(rank) / Math.log(LIST_SIZE));
}
