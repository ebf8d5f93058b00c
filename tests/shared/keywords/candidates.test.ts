import { describe, expect, it } from "vitest";
import { suggestKeywords } from "../../../src/shared/keywords";
import { isStopword } from "../../../src/shared/keywords/stopwords";
import { readUnitWords } from "../../../src/shared/keywords/unit-words";

/** The phrases a sentence offers as suggestions (whole noun phrases), as shown. */
function candidates(text: string): string[] {
  return readUnitWords({ kind: "paragraph", text }).sentences.flatMap((sentence) => sentence.phrases.filter((phrase) => phrase.maximal).map((phrase) => phrase.form));
}

describe("candidate phrases", () => {
  it.each([
    ["takes whole noun phrases up to three words", "Complex Langevin dynamics provides an approach to circumvent the sign problem.", ["complex Langevin dynamics", "approach", "sign problem"]],
    ["keeps names and acronyms as written, lower-cases the first word of a sentence", "Exosomes carry RNA to Paris.", ["exosomes", "RNA", "Paris"]],
    ["does not cross a sentence end", "We grow coffee. Beans need rain.", ["coffee", "beans", "rain"]],
    ["does not cross punctuation", "Coffee, beans and tea (green tea) for you.", ["coffee", "beans", "tea", "green tea"]],
    ["allows “of” inside a phrase", "We measured the quality of life.", ["quality", "quality of life", "life"]],
    ["never starts or ends on a number", "The 2024 report named 3 cities.", ["report", "cities"]],
    ["leaves out verbs and adverbs", "Writers quickly discover good habits.", ["writers", "good habits"]],
    ["ends a phrase at a plural, where a verb usually follows", "Coffee beans need rain.", ["coffee beans", "rain"]],
  ])("%s", (_, text, expected) => {
    expect(candidates(text)).toEqual(expected);
  });

  it("allows no other stopword inside a phrase", () => {
    expect(candidates("They show that quality matters.")).not.toContain("show that quality");
  });

  it("never suggests a phrase that starts or ends on a stopword", () => {
    const text = "The sign problem is one of the hardest problems in lattice field theory, and the sign problem of the theory is old.";
    for (const suggestion of suggestKeywords(text, { limit: 50 })) {
      const words = suggestion.phrase.split(" ");
      const [first = "", last = ""] = [words[0], words[words.length - 1]];
      expect(isStopword(first, first.toLowerCase()), suggestion.phrase).toBe(false);
      expect(isStopword(last, last.toLowerCase()), suggestion.phrase).toBe(false);
    }
  });

  it("never suggests numbers alone", () => {
    expect(suggestKeywords("In 2024 we sold 2024 cups. 2024 was a year of 1,000 cups.").map((s) => s.phrase)).not.toContain("2024");
  });

  it("counts word forms together and shows the most frequent form", () => {
    const [top] = suggestKeywords("Exosomes are small. An exosome carries RNA. Exosomes travel far. Exosomes matter.");
    expect(top).toMatchObject({ phrase: "exosomes", count: 4 });
  });

  it("gives every occurrence's place in the post", () => {
    const text = "---\ntitle: Notes\n---\n\nExosomes are small. An *exosome* carries RNA.";
    const suggestion = suggestKeywords(text).find((candidate) => candidate.phrase === "exosomes");
    expect(suggestion?.ranges.map((range) => text.slice(range.from, range.to))).toEqual(["Exosomes", "exosome"]);
  });
});
