import { dictionary } from "cmu-pronouncing-dictionary";
import { daleChall } from "dale-chall";
import { describe, expect, it } from "vitest";
import { countSyllables } from "../../../src/shared/readability";
import { SYLLABLE_OVERRIDES } from "../../../src/shared/readability/syllable-overrides";

/** Every syllable count the CMU dictionary gives a word (one per listed pronunciation). */
function cmuSyllables(): Map<string, Set<number>> {
  const counts = new Map<string, Set<number>>();
  for (const [entry, phones] of Object.entries(dictionary)) {
    const word = entry.replace(/\(\d+\)$/, "");
    const syllables = phones.match(/\d/g)?.length ?? 0;
    counts.set(word, (counts.get(word) ?? new Set()).add(syllables));
  }
  return counts;
}

const cmu = cmuSyllables();

/** Share of `words` whose count matches a CMU pronunciation: any of them, and the first listed. */
function agreement(words: readonly string[]): { words: number; anyPronunciation: number; firstPronunciation: number } {
  let listed = 0;
  let any = 0;
  let first = 0;
  for (const word of words) {
    const counts = cmu.get(word);
    if (!counts) continue;
    listed++;
    const ours = countSyllables(word);
    if (counts.has(ours)) any++;
    if ([...counts][0] === ours) first++;
  }
  return { words: listed, anyPronunciation: any / listed, firstPronunciation: first / listed };
}

const percent = (share: number): string => `${(share * 100).toFixed(2)}%`;

describe("syllable counts against the CMU Pronouncing Dictionary", () => {
  it("match on at least 98 % of the Dale–Chall familiar words", () => {
    const result = agreement(daleChall);
    console.log(`Syllables, Dale–Chall words (${result.words}): ${percent(result.anyPronunciation)} match a CMU pronunciation, ${percent(result.firstPronunciation)} its first`);
    expect(result.anyPronunciation).toBeGreaterThanOrEqual(0.98);
  });

  it("match on at least 93 % of all CMU headwords", () => {
    const result = agreement([...cmu.keys()]);
    console.log(`Syllables, all CMU headwords (${result.words}): ${percent(result.anyPronunciation)} match a CMU pronunciation, ${percent(result.firstPronunciation)} its first`);
    expect(result.anyPronunciation).toBeGreaterThanOrEqual(0.93);
  });

  it.each(Object.entries(SYLLABLE_OVERRIDES))("overrides %s with %d, as CMU says", (word, count) => {
    const cmuWord = { mr: "mister", mrs: "missus", dr: "doctor" }[word] ?? word;
    expect(cmu.get(cmuWord)).toContain(count);
  });

  it.each([
    ["Don't", 1],
    ["well-known", 2],
    ["e.g", 2],
    ["1,000", 1],
    ["riﬂe", 2],
    ["Mr", 2],
  ])("counts %s as %d", (word, count) => {
    expect(countSyllables(word)).toBe(count);
  });
});
