import { describe, expect, it } from "vitest";
import { tokenize } from "../../../src/shared/readability";
import { readFixture, readOneStopEnglish, wordTexts } from "./support";

describe("tokenize", () => {
  it.each([
    ["inline code", "Run `npm install --save foo` now.", ["Run", "now"]],
    ["a bare URL", "Visit https://example.com/a-b?c=d today.", ["Visit", "today"]],
    ["an autolink", "Mail <me@example.com> or <https://x.org>.", ["Mail", "or"]],
    ["a bare domain", "Go to example.com for more.", ["Go", "to", "for", "more"]],
    ["HTML tags, but not the text between them", 'Press <kbd class="k">Ctrl</kbd> now.', ["Press", "Ctrl", "now"]],
    ["an HTML comment", "Keep <!-- hidden words --> this.", ["Keep", "this"]],
    ["image syntax, alt text included", "Look ![a red fox](fox.png \"Fox\") here.", ["Look", "here"]],
    ["a link target, but the link text", 'Read [the guide](https://x.org/g "Title") first.', ["Read", "the", "guide", "first"]],
    ["a reference link's label", "Read [the guide][docs] first.", ["Read", "the", "guide", "first"]],
    ["an entity", "Fish &amp; chips.", ["Fish", "chips"]],
    ["a footnote reference", "True[^1] enough.", ["True", "enough"]],
    ["emphasis markers", "It is **very** _good_.", ["It", "is", "very", "good"]],
  ])("does not count %s as words", (_, source, expected) => {
    expect(wordTexts(source)).toEqual(expected);
  });

  it.each([
    ["front matter", "---\ntitle: Not words\n---\nOnly this.", ["Only", "this"]],
    ["a fenced code block", "Before.\n\n```js\nconst x = 1;\n```\n\nAfter.", ["Before", "After"]],
    ["an indented code block", "Before.\n\n    code here\n\nAfter.", ["Before", "After"]],
    ["an HTML block", "Before.\n\n<div>\nhidden\n</div>\n\nAfter.", ["Before", "After"]],
    ["a table", "Before.\n\n| a | b |\n|---|---|\n| c | d |\n\nAfter.", ["Before", "After"]],
    ["a task box", "- [x] Done it.", ["Done", "it"]],
  ])("skips %s", (_, source, expected) => {
    expect(wordTexts(source)).toEqual(expected);
  });

  it.each([
    ["Don't", "Don't stop."],
    ["well-known", "A well-known fact."],
    ["3.5", "It took 3.5 hours."],
    ["1,000", "It cost 1,000 dollars."],
    ["e.g", "Fruit, e.g. plums."],
    ["writer’s", "The writer’s pen."],
    ["Klein–Gordon", "The Klein–Gordon equation."],
  ])("keeps %s as one word", (word, source) => {
    expect(wordTexts(source)).toContain(word);
  });

  it("splits at an en dash that is not between letters: a range of numbers, or a spaced dash", () => {
    expect(wordTexts("From 1990–2000 it grew – slowly.")).toEqual(["From", "1990", "2000", "it", "grew", "slowly"]);
  });

  it("makes headings and list items units of their own, never glued to the next sentence", () => {
    const source = "# A heading\nA paragraph right under it\n\n- one item\n- another item\n\nLast words";
    expect(tokenize(source).map((unit) => [unit.kind, source.slice(unit.from, unit.to)])).toEqual([
      ["heading", "A heading"],
      ["paragraph", "A paragraph right under it"],
      ["list-item", "one item"],
      ["list-item", "another item"],
      ["paragraph", "Last words"],
    ]);
  });

  it("places every word at its offset in the source, front matter and Windows line endings included", () => {
    const sources = [readFixture("tricky-sentences.md"), readFixture("tricky-sentences.md").replace(/\n/g, "\r\n"), ...readOneStopEnglish().slice(0, 30).map((doc) => doc.text)];
    for (const source of sources) {
      const units = tokenize(source);
      expect(units.length).toBeGreaterThan(0);
      for (const unit of units) {
        for (const sentence of unit.sentences) {
          expect(sentence.from).toBeGreaterThanOrEqual(unit.from);
          expect(sentence.to).toBeLessThanOrEqual(unit.to);
          for (const word of sentence.words) expect(source.slice(word.from, word.to)).toBe(word.text);
        }
      }
    }
  });

  it("places words of block quotes, nested lists and tab-indented lines at their source offsets", () => {
    const source = "> Quoted *words*\n> go on.\n\n1. Item\n   - nested\tthing\n\nText\twith a tab.\n\n\tcode";
    const words = tokenize(source).flatMap((unit) => unit.sentences.flatMap((sentence) => sentence.words));
    expect(words.map((word) => word.text)).toEqual(["Quoted", "words", "go", "on", "Item", "nested", "thing", "Text", "with", "a", "tab"]);
    for (const word of words) expect(source.slice(word.from, word.to)).toBe(word.text);
  });
});
