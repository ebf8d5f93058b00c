/** Readability marks cross to the window as what changed since the last report, so a keystroke in a long post copies one paragraph's marks, not thousands. */
import { describe, expect, it } from "vitest";
import type { Finding } from "../../src/shared/readability";
import { countMarks, diffMarks } from "../../src/renderer/src/workers/marks-delta";

/** An adverb finding on `word`, the first one in `text` at or after `after`. */
function adverb(text: string, word: string, after = 0): Finding {
  const from = text.indexOf(word, after);
  return { kind: "adverb", from, to: from + word.length, message: `“${word}” is an adverb.`, gradeImpact: 0.1 };
}

/** Ids counting up from 1, as the worker hands them out. */
function ids() {
  let last = 0;
  return () => ++last;
}

const FIRST = "It really rained.\n\nWe very nearly left.\n\nIt truly ended.";

describe("diffMarks", () => {
  it("sends every mark, without grade impacts, when the window has none", () => {
    const findings = [adverb(FIRST, "really"), adverb(FIRST, "very")];
    const { delta, sent } = diffMarks(null, findings, FIRST, 1, ids());
    expect(delta.removed).toBeNull();
    expect(delta.added).toEqual([
      { id: 1, kind: "adverb", from: 3, to: 9, message: "“really” is an adverb." },
      { id: 2, kind: "adverb", from: 22, to: 26, message: "“very” is an adverb." },
    ]);
    expect(sent).toEqual({ sequence: 1, text: FIRST, marks: delta.added });
  });

  it("after an edit sends only the marks of the edited paragraph; those after it keep their ids at their moved places", () => {
    const newId = ids();
    const first = diffMarks(null, [adverb(FIRST, "really"), adverb(FIRST, "very"), adverb(FIRST, "truly")], FIRST, 1, newId);
    const edited = FIRST.replace("very", "quite");
    const next = diffMarks(first.sent, [adverb(edited, "really"), adverb(edited, "quite"), adverb(edited, "truly")], edited, 2, newId);
    expect(next.delta.removed).toEqual([2]);
    expect(next.delta.added).toEqual([{ id: 4, kind: "adverb", from: 22, to: 27, message: "“quite” is an adverb." }]);
    expect(next.sent.marks.map((mark) => [mark.id, mark.from])).toEqual([[1, 3], [4, 22], [3, edited.indexOf("truly")]]);
    // The window looks for the removed mark only around the edit, which covers where it is.
    expect(next.delta.removedSpan.from).toBeLessThanOrEqual(22);
    expect(next.delta.removedSpan.to).toBeGreaterThanOrEqual(27);
  });

  it("sends nothing when the marks did not change, whatever their grade impacts", () => {
    const newId = ids();
    const first = diffMarks(null, [adverb(FIRST, "really")], FIRST, 1, newId);
    const next = diffMarks(first.sent, [{ ...adverb(FIRST, "really"), gradeImpact: 0.3 }], `${FIRST}!`, 2, newId);
    expect(next.delta).toMatchObject({ removed: [], added: [] });
  });

  it("takes the marks of deleted text away", () => {
    const newId = ids();
    const first = diffMarks(null, [adverb(FIRST, "really"), adverb(FIRST, "very"), adverb(FIRST, "truly")], FIRST, 1, newId);
    const deleted = FIRST.replace("We very nearly left.\n\n", "");
    const next = diffMarks(first.sent, [adverb(deleted, "really"), adverb(deleted, "truly")], deleted, 2, newId);
    expect(next.delta).toMatchObject({ removed: [2], added: [] });
  });
});

describe("countMarks", () => {
  it("counts the findings of each kind for the legend", () => {
    const hard: Finding = { kind: "hard-sentence", from: 0, to: 17, message: "Hard to read.", grade: 12, gradeImpact: 0.5 };
    expect(countMarks([hard, adverb(FIRST, "really"), adverb(FIRST, "very")])).toEqual({ "hard-sentence": 1, adverb: 2 });
  });
});
