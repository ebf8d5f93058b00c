import { describe, expect, it } from "vitest";
import { diffDisplay, lineDiff } from "../../src/shared/diff/line-diff";

describe("lineDiff", () => {
  it("marks the lines only in the new text and only in the old", () => {
    expect(lineDiff("one\ntwo\nthree\n", "one\n2\nthree\nfour\n")).toEqual([
      { kind: "same", text: "one" },
      { kind: "removed", text: "two" },
      { kind: "added", text: "2" },
      { kind: "same", text: "three" },
      { kind: "added", text: "four" },
    ]);
  });

  it("does not count line endings as changes", () => {
    expect(lineDiff("a\r\nb\r\n", "a\nb\n").every((line) => line.kind === "same")).toBe(true);
  });
});

describe("diffDisplay", () => {
  it("shows two unchanged lines around each change and folds the rest", () => {
    const before = Array.from({ length: 20 }, (_, i) => `line ${i}`).join("\n");
    const after = before.replace("line 10", "line ten");
    const { rows, added, removed } = diffDisplay(before, after);
    expect({ added, removed }).toEqual({ added: 1, removed: 1 });
    expect(rows).toEqual([
      { kind: "gap", lines: 8 },
      { kind: "same", text: "line 8" },
      { kind: "same", text: "line 9" },
      { kind: "removed", text: "line 10" },
      { kind: "added", text: "line ten" },
      { kind: "same", text: "line 11" },
      { kind: "same", text: "line 12" },
      { kind: "gap", lines: 7 },
    ]);
  });

  it("shows nothing changed for equal texts", () => {
    expect(diffDisplay("same\n", "same\n")).toEqual({ rows: [{ kind: "gap", lines: 1 }], added: 0, removed: 0 });
  });
});
