import { describe, expect, it } from "vitest";
import { evaluateKeyphrases, f1AtK, readKeyphraseDataset } from "../../../scripts/keyphrase-evaluation";
import { suggestKeywords } from "../../../src/shared/keywords";

// Measured 23.9 / 33.1 (npm run eval:keywords); the floors leave a small margin for harmless changes.
const FLOOR = { f1At5: 0.235, f1At10: 0.329 } as const;

describe("suggestion quality on SemEval-2017 (493 science paragraphs, people's keyphrases)", () => {
  it(`reaches F1@5 ≥ ${FLOOR.f1At5} and F1@10 ≥ ${FLOOR.f1At10} (exact match after Porter stemming)`, () => {
    const scores = evaluateKeyphrases(readKeyphraseDataset("semeval2017"), (text) => suggestKeywords(text).map((suggestion) => suggestion.phrase), [5, 10]);
    const f1At5 = scores.f1.get(5) ?? 0;
    const f1At10 = scores.f1.get(10) ?? 0;
    console.log(`SemEval-2017: F1@5 ${(f1At5 * 100).toFixed(1)}, F1@10 ${(f1At10 * 100).toFixed(1)} over ${scores.documents} documents in ${scores.milliseconds.toFixed(0)} ms`);
    expect(f1At5).toBeGreaterThanOrEqual(FLOOR.f1At5);
    expect(f1At10).toBeGreaterThanOrEqual(FLOOR.f1At10);
  });
});

describe("the evaluation protocol", () => {
  it("matches phrases after lower-casing and stemming each word, precision over k, recall over the gold", () => {
    // 2 of 4 predictions match 2 of 2 gold phrases: precision 0.5, recall 1.
    expect(f1AtK(["Sign Problems", "lattice", "x", "y"], ["sign problem", "Lattices"], 4)).toBeCloseTo(2 / 3, 10);
    expect(f1AtK([], ["a"], 10)).toBe(0);
  });
});
