import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { KEYWORD_GENERATED_MODULES, renderPhraseWordClasses, renderTitleFontWidths } from "../../../scripts/keyword-word-lists";

describe("the keyword engine's generated modules", () => {
  it.each([
    ["phrase word classes (wink-lexicon, WordNet)", KEYWORD_GENERATED_MODULES.phraseWordClasses, renderPhraseWordClasses],
    ["Arial advance widths (Arimo)", KEYWORD_GENERATED_MODULES.titleFontWidths, renderTitleFontWidths],
  ])("match the installed packages: %s", (_, path, render) => {
    expect(readFileSync(path, "utf8")).toBe(render());
  });
});
