import { describe, expect, it } from "vitest";
import { lastIndexAtOrBefore, lineIndexAt, lineStarts } from "../../src/shared/sorted-lookup";

describe("sorted lookups", () => {
  const starts = [0, 4, 4, 9, 20];
  const byStart = (start: number) => start;

  it("finds the last item at or before a value, the last of equal keys included", () => {
    expect(lastIndexAtOrBefore(starts, -1, byStart)).toBe(-1);
    expect(lastIndexAtOrBefore(starts, 0, byStart)).toBe(0);
    expect(lastIndexAtOrBefore(starts, 4, byStart)).toBe(2);
    expect(lastIndexAtOrBefore(starts, 8, byStart)).toBe(2);
    expect(lastIndexAtOrBefore(starts, 9, byStart)).toBe(3);
    expect(lastIndexAtOrBefore(starts, 1_000, byStart)).toBe(4);
    expect(lastIndexAtOrBefore([], 5, byStart)).toBe(-1);
  });

  it("gives the line of an offset, a line break belonging to the line it ends", () => {
    const text = "one\ntwo\n\nfour";
    expect(lineStarts(text)).toEqual([0, 4, 8, 9]);
    expect([0, 3, 4, 7, 8, 9, 13].map((offset) => lineIndexAt(lineStarts(text), offset))).toEqual([0, 0, 1, 1, 2, 3, 3]);
  });
});
