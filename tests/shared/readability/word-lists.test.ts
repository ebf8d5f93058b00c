import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { GENERATED_MODULES, renderLyAdverbs, renderPlainAlternatives, renderWordsByFrequency } from "../../../scripts/readability-word-lists";

describe("the generated word lists", () => {
  it.each([
    ["words by frequency (SUBTLEXus)", GENERATED_MODULES.wordsByFrequency, async () => renderWordsByFrequency()],
    ["plain alternatives (retext-simplify)", GENERATED_MODULES.plainAlternatives, renderPlainAlternatives],
    ["-ly adverbs (WordNet)", GENERATED_MODULES.lyAdverbs, async () => renderLyAdverbs()],
  ])("match the installed package: %s", async (_, path, render) => {
    expect(readFileSync(path, "utf8")).toBe(await render());
  });
});
