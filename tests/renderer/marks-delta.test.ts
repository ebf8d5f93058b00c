/** Readability marks cross to the window as what changed since the last report, so a keystroke in a long post copies one paragraph's marks, not thousands. */
import { describe, expect, it } from "vitest";
import type { Finding } from "../../src/shared/readability";
import { countMarks, diffMarks, type ReadabilityMark, type SentMarks } from "../../src/renderer/src/workers/marks-delta";

const adverb = (from: number, word: string): Finding => ({ kind: "adverb", from, to: from + word.length, message: `“${word}” is an adverb.`, gradeImpact: 0.1 });

/** Ids counting up from 1, as the worker hands them out. */
function ids() {
  let last = 0;
  return () => ++last;
}

/** The window's marks after applying `delta` to `marks` (positions as the worker sent them). */
function apply(marks: readonly ReadabilityMark[], delta: { removed: readonly number[] | null; added: readonly ReadabilityMark[] }) {
  const kept = delta.removed === null ? [] : marks.filter((mark) => !delta.removed?.includes(mark.id));
  return [...kept, ...delta.added].map((mark) => mark.id);
}

describe("diffMarks", () => {
  it("sends every mark, without grade impacts, when the window has none", () => {
    const findings = [adverb(0, "really"), adverb(20, "very")];
    const { delta, sent } = diffMarks(null, findings, 40, 1, ids());
    expect(delta.removed).toBeNull();
    expect(delta.added).toEqual([
      { id: 1, kind: "adverb", from: 0, to: 6, message: "“really” is an adverb." },
      { id: 2, kind: "adverb", from: 20, to: 24, message: "“very” is an adverb." },
    ]);
    expect(sent).toEqual({ sequence: 1, textLength: 40, marks: delta.added });
  });

  it("after an edit sends only the marks of the edited place; those after it keep their ids at their moved places", () => {
    const newId = ids();
    const first = diffMarks(null, [adverb(0, "really"), adverb(20, "very"), adverb(40, "truly")], 60, 1, newId);
    // Four characters typed after "really": the edited sentence's "very" is found anew, "truly" after it only moved.
    const next = diffMarks(first.sent, [adverb(0, "really"), adverb(26, "very"), adverb(44, "truly")], 64, 2, newId);
    expect(next.delta.removed).toEqual([2]);
    expect(next.delta.added).toEqual([{ id: 4, kind: "adverb", from: 26, to: 30, message: "“very” is an adverb." }]);
    expect(next.sent.marks.map((mark) => [mark.id, mark.from])).toEqual([[1, 0], [4, 26], [3, 44]]);
    expect(apply(first.sent.marks, next.delta).sort()).toEqual([1, 3, 4]);
  });

  it("sends nothing when the marks did not change, whatever their grade impacts", () => {
    const newId = ids();
    const first = diffMarks(null, [adverb(0, "really")], 10, 1, newId);
    const next = diffMarks(first.sent, [{ ...adverb(0, "really"), gradeImpact: 0.3 }], 11, 2, newId);
    expect(next.delta).toEqual({ removed: [], added: [] });
  });

  it("takes the marks of deleted text away", () => {
    const newId = ids();
    const previous: SentMarks = diffMarks(null, [adverb(0, "really"), adverb(20, "very"), adverb(40, "truly")], 60, 1, newId).sent;
    const next = diffMarks(previous, [adverb(0, "really"), adverb(20, "truly")], 40, 2, newId);
    expect(next.delta).toEqual({ removed: [2], added: [] });
  });
});

describe("countMarks", () => {
  it("counts the findings of each kind for the legend", () => {
    const hard: Finding = { kind: "hard-sentence", from: 0, to: 50, message: "Hard to read.", grade: 12, gradeImpact: 0.5 };
    expect(countMarks([hard, adverb(3, "very"), adverb(9, "truly")])).toEqual({ "hard-sentence": 1, adverb: 2 });
  });
});
