/** The status bar's writing goal comes from front matter `word_goal`. */
import { describe, expect, it } from "vitest";
import { splitPost } from "../../src/shared/post/front-matter";
import { wordGoalOf } from "../../src/shared/post/word-goal";

const goalOf = (text: string) => wordGoalOf(splitPost(text).frontMatter);

describe("word goal", () => {
  it("reads a number of words from the front matter", () => {
    expect(goalOf("---\ntitle: A\nword_goal: 1000\n---\nBody")).toBe(1000);
    expect(goalOf('---\nword_goal: "800"\n---\n')).toBe(800);
  });

  it("has no goal without one, or with one that is not a positive whole number", () => {
    expect(goalOf("No front matter")).toBeNull();
    expect(goalOf("---\ntitle: A\n---\n")).toBeNull();
    for (const value of ["0", "-5", "12.5", "lots", "[1, 2]"]) expect(goalOf(`---\nword_goal: ${value}\n---\n`)).toBeNull();
  });
});
