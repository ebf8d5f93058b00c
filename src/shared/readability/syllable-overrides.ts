/**
 * Syllable counts for common words that `syllable` and our rules get wrong, found among the
 * Dale–Chall familiar words and each checked against the CMU Pronouncing Dictionary by
 * tests/shared/readability/syllables.test.ts. Keys are lower-case letters only ("mr" for "Mr.").
 */
export const SYLLABLE_OVERRIDES: Readonly<Record<string, number>> = {
  axe: 1, beer: 1, bye: 1, charge: 1, cheer: 1, deer: 1, drawer: 1, else: 1, false: 1, large: 1, owe: 1, proud: 1, prove: 1, queer: 1, rye: 1,
  steer: 1, tongue: 1,
  bracelet: 2, carriage: 2, cashier: 2, chocolate: 2, cobbler: 2, cocoa: 2, crooked: 2, cushion: 2, diamond: 2, dr: 2, evening: 2, every: 2,
  eyebrow: 2, fashion: 2, forest: 2, going: 2, goodbye: 2, gracious: 2, junior: 2, lawyer: 2, marriage: 2, million: 2, mr: 2, mrs: 2,
  nineteen: 2, ninety: 2, pigeon: 2, poem: 2, safety: 2, seeing: 2, soldier: 2, tire: 2, tired: 2, wicked: 2,
  desire: 3, theater: 3, valuable: 3, vegetable: 3,
};
