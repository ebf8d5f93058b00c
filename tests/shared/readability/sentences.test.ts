import { describe, expect, it } from "vitest";
import { tokenize } from "../../../src/shared/readability";
import { readFixture, sentenceTexts } from "./support";

describe("sentence splitting", () => {
  it("finds every sentence boundary of the tricky-prose fixture", () => {
    const source = readFixture("tricky-sentences.md");
    const expected = JSON.parse(readFixture("tricky-sentences.expected.json")) as unknown;
    const actual = tokenize(source).map((unit) => ({ kind: unit.kind, sentences: unit.sentences.map((sentence) => source.slice(sentence.from, sentence.to)) }));
    expect(actual).toEqual(expected);
  });

  it.each([
    ["does not end a sentence at 'Dr.' or 'e.g.'", "Dr. Lee likes fruit, e.g. Apples. She eats them.", ["Dr. Lee likes fruit, e.g. Apples.", "She eats them."]],
    ["does not end a sentence at 'Fig. 2' or 'No. 3'", "See Fig. 2 and No. 3 now. Done.", ["See Fig. 2 and No. 3 now.", "Done."]],
    ["ends a sentence at 'No.' when it is an answer", "No. I will not.", ["No.", "I will not."]],
    ["does not end a sentence at an initial", "J. K. Rowling wrote it.", ["J. K. Rowling wrote it."]],
    ["ends a sentence at 'U.S.' when a new sentence clearly starts", "It grew in the U.S. The rest fell.", ["It grew in the U.S.", "The rest fell."]],
    ["keeps 'U.S.' inside a sentence before a name", "The U.S. Senate voted.", ["The U.S. Senate voted."]],
    ["does not break at a decimal or a version", "It is 3.5 times v1.2.3 now.", ["It is 3.5 times v1.2.3 now."]],
    ["ends at an ellipsis only before a new sentence", "Wait... what? Then… Nothing.", ["Wait... what?", "Then…", "Nothing."]],
    ["keeps closing curly quotes with their sentence", "He said “Go.” She went.", ["He said “Go.”", "She went."]],
    ["does not end at a quoted question followed by lower case", "“Why?” she asked.", ["“Why?” she asked."]],
    ["does not break at an em dash", "It rose — fast — and fell.", ["It rose — fast — and fell."]],
    ["ends at a sentence-final code span's period", "Run `npm test`. It passes.", ["Run `npm test`.", "It passes."]],
    ["starts a sentence with a code span", "It failed. `make` was missing.", ["It failed.", "`make` was missing."]],
    ["keeps a footnote reference with the sentence it follows", "It is true.[^1] Ask anyone.", ["It is true.[^1]", "Ask anyone."]],
    ["treats a line break inside a paragraph as a space", "One line\nand the next.", ["One line\nand the next."]],
  ])("%s", (_, source, expected) => {
    expect(sentenceTexts(source)).toEqual(expected);
  });
});
