/** How common a word is in everyday English, by its rank in SUBTLEXus (film subtitles, 51 million words). */
import { WORDS_BY_FREQUENCY } from "./generated/words-by-frequency";

let ranks: Map<string, number> | null = null;

// Built on first use: splitting the list costs a few milliseconds, once per worker.
function rankTable(): Map<string, number> {
  if (!ranks) {
    ranks = new Map();
    WORDS_BY_FREQUENCY.split(" ").forEach((word, index) => ranks?.set(word, index + 1));
  }
  return ranks;
}

/** A lower-case word's frequency rank (1 is "you"), or undefined beyond the 50,000 most frequent. */
export function frequencyRank(lower: string): number | undefined {
  return rankTable().get(lower);
}

/** Whether a lower-case word is among the `top` most frequent. */
export function isAmongMostFrequent(lower: string, top: number): boolean {
  const rank = frequencyRank(lower);
  return rank !== undefined && rank <= top;
}
