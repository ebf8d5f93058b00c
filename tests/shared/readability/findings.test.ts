import { describe, expect, it } from "vitest";
import { HARD_SENTENCE_GRADE, MIN_WORDS_FOR_HARD_SENTENCE, readabilityReport, VERY_HARD_SENTENCE_GRADE } from "../../../src/shared/readability";
import type { AnalyzedSentence } from "../../../src/shared/readability/analyzed-sentence";
import { NO_COUNTS } from "../../../src/shared/readability/counts";
import { findSentenceDifficulty } from "../../../src/shared/readability/findings/sentence-difficulty";
import { markedTexts } from "./support";

/** A sentence with just the words count and grade the difficulty rule reads. */
function sentenceWith(words: number, grade: number): AnalyzedSentence {
  return { from: 0, to: 10, words: [], wordCounts: [], lowerWords: [], counts: { ...NO_COUNTS, sentences: 1, words }, grade };
}

describe("hard and very hard sentences", () => {
  it.each([
    [MIN_WORDS_FOR_HARD_SENTENCE, HARD_SENTENCE_GRADE - 0.01, []],
    [MIN_WORDS_FOR_HARD_SENTENCE, HARD_SENTENCE_GRADE, ["hard-sentence"]],
    [MIN_WORDS_FOR_HARD_SENTENCE, VERY_HARD_SENTENCE_GRADE - 0.01, ["hard-sentence"]],
    [MIN_WORDS_FOR_HARD_SENTENCE, VERY_HARD_SENTENCE_GRADE, ["very-hard-sentence"]],
    [MIN_WORDS_FOR_HARD_SENTENCE - 1, 20, []],
  ])("with %d words at grade %d marks %j", (words, grade, kinds) => {
    expect(findSentenceDifficulty(sentenceWith(words, grade)).map((finding) => finding.kind)).toEqual(kinds);
  });

  it("marks a long sentence of long words very hard, and leaves a plain one alone", () => {
    const hard =
      "The administration's comprehensive reorganization of interdepartmental communication procedures necessitated considerable additional documentation, consultation and verification by independent organizations.";
    const plain = "We met on Monday and talked about the plan for the new shop in town with the team.";
    const report = readabilityReport(`${plain} ${hard}`);
    const marked = report.findings.filter((finding) => finding.kind.endsWith("hard-sentence"));
    expect(marked.map((finding) => [finding.kind, `${plain} ${hard}`.slice(finding.from, finding.to)])).toEqual([["very-hard-sentence", hard]]);
    expect(marked[0]?.grade).toBeGreaterThanOrEqual(VERY_HARD_SENTENCE_GRADE);
  });
});

describe("word and phrase marks", () => {
  it.each([
    ["adverb", "She really ran quickly and happily.", ["really", "quickly", "happily"]],
    ["adverb", "Only the early, friendly family came daily.", []],
    ["passive-voice", "The post was written by Ann.", ["was written"]],
    ["passive-voice", "The house is being built. It was not quickly seen.", ["is being built", "was not quickly seen"]],
    ["passive-voice", "She was happy. It is indeed true. They are here.", []],
    ["plain-alternative", "We utilize it in order to win.", ["utilize", "in order to"]],
    ["jargon", "The paradigmatic epistemology was odd.", ["paradigmatic", "epistemology"]],
    ["jargon", "We met Kubernetes fans at NASA in 2024 and had a good time.", []],
    ["undefined-acronym", "The API is fast. The API is new.", ["API"]],
    ["undefined-acronym", "An application programming interface (API) is fast. The API is new.", []],
    ["undefined-acronym", "The API (application programming interface) is fast.", []],
    ["undefined-acronym", "We watched TV. It was OK.", []],
    ["undefined-acronym", "# The API\n\nAn application programming interface (API) is fast.", []],
    ["undefined-acronym", "THIS IS A LOUD SENTENCE.", []],
  ] as const)("marks %s in %j: %j", (kind, source, expected) => {
    expect(markedTexts(source, kind)).toEqual(expected);
  });

  it("offers the plainer word as the suggestion", () => {
    const [finding] = readabilityReport("We utilize it.").findings.filter((f) => f.kind === "plain-alternative");
    expect(finding?.suggestion).toBe("use");
    expect(finding?.message).toContain("“use”");
  });

  it("tells the writer to explain or swap jargon", () => {
    const [finding] = readabilityReport("It is paradigmatic.").findings.filter((f) => f.kind === "jargon");
    expect(finding?.message).toMatch(/explain it or swap it/);
  });

  it("gives every mark its exact source range, past the front matter", () => {
    const source = "---\ntitle: T\n---\n# Heading\n\nWe utilize the API quickly.\n";
    const marks = readabilityReport(source).findings.map((finding) => [finding.kind, source.slice(finding.from, finding.to)]);
    expect(marks).toEqual([
      ["plain-alternative", "utilize"],
      ["undefined-acronym", "API"],
      ["adverb", "quickly"],
    ]);
  });
});

describe("fix first", () => {
  it("puts the sentence that lowers the grade most first, weighing difficulty by length", () => {
    const longHard =
      "Comprehensive institutional reorganization necessitates considerable additional documentation, extensive consultation, independent verification and continuous evaluation by specialized international organizations everywhere.";
    const shortHard = "Institutional reorganization necessitates considerable documentation and independent verification by organizations.";
    const easy = "We like the sun. The dog runs. It is fun to play.";
    const source = `${easy} ${shortHard} ${easy} ${longHard} ${easy}`;
    const first = readabilityReport(source).fixFirst[0];
    expect(source.slice(first?.from, first?.to)).toBe(longHard);
    const impacts = readabilityReport(source).fixFirst.map((finding) => finding.gradeImpact);
    expect(impacts).toEqual([...impacts].sort((a, b) => b - a));
  });
});
