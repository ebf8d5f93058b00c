import { describe, expect, it } from "vitest";
import { createKeywordAnalyzer, keywordReport, suggestKeywords } from "../../../src/shared/keywords";
import { postText } from "./support";

/** A body about two topics in equal measure, so a blog signal decides which comes first. */
const TWO_TOPICS = [
  "Sourdough bread needs time. Espresso machines need care.",
  "A good sourdough starter smells sour. A good espresso grinder costs money.",
  "Bake sourdough on Sunday. Brew espresso on Monday.",
].join("\n\n");

function phrases(text: string, limit = 10): string[] {
  return suggestKeywords(text, { limit }).map((suggestion) => suggestion.phrase);
}

function rankOf(text: string, phrase: string): number {
  return phrases(text, 50).indexOf(phrase);
}

describe("suggestion order", () => {
  it("puts the phrase the post keeps coming back to first", () => {
    const text = "Compost heaps need air. Turn the compost weekly. Good compost smells of earth. Kitchen scraps feed the compost. A garden loves compost.";
    expect(phrases(text)[0]).toBe("compost");
  });

  it("ranks a phrase below a part of it that the post uses four times as often", () => {
    const text = "Champagne yeast is sold dry. Feed the yeast daily. Yeast needs warmth. The yeast smells sour.";
    expect(rankOf(text, "yeast")).toBe(0);
    expect(rankOf(text, "champagne yeast")).toBeGreaterThan(0);
  });

  it("starts no suggestion with an everyday modifier, which says nothing of the topic", () => {
    const text = "The next important step is the rye starter. Another important step is the oven. A rye starter needs an important step.";
    expect(phrases(text, 50)).not.toContain("important step");
    expect(phrases(text, 50)).toContain("rye starter");
  });

  it.each([
    ["the title", (topic: string) => postText({ title: `Why I love ${topic}`, body: TWO_TOPICS })],
    ["a heading", (topic: string) => `## All about ${topic}\n\n${TWO_TOPICS}`],
  ])("ranks a topic named in %s above an equal one that is not", (_, withSignal) => {
    expect(rankOf(withSignal("sourdough"), "sourdough")).toBeLessThan(rankOf(withSignal("sourdough"), "espresso"));
    expect(rankOf(withSignal("espresso"), "espresso")).toBeLessThan(rankOf(withSignal("espresso"), "sourdough"));
  });

  it("weighs an acronym the post introduces in parentheses more than one it does not", () => {
    const post = (introduced: "CBT" | "GP") =>
      [
        `We tried talking therapy ${introduced === "CBT" ? "(CBT)" : "and CBT"}. Then CBT helped.`,
        `We saw a family doctor ${introduced === "GP" ? "(GP)" : "and a GP"}. Then the GP listened.`,
      ].join("\n\n");
    expect(rankOf(post("CBT"), "CBT")).toBeLessThan(rankOf(post("CBT"), "GP"));
    expect(rankOf(post("GP"), "GP")).toBeLessThan(rankOf(post("GP"), "CBT"));
  });

  it("weighs a phrase the writer emphasised more", () => {
    const weightOf = (text: string, phrase: string): number => suggestKeywords(text, { limit: 50 }).find((suggestion) => suggestion.phrase === phrase)?.score ?? 0;
    const emphasised = TWO_TOPICS.replace("Brew espresso", "Brew **espresso**");
    expect(weightOf(emphasised, "espresso") / weightOf(emphasised, "sourdough")).toBeGreaterThan(weightOf(TWO_TOPICS, "espresso") / weightOf(TWO_TOPICS, "sourdough"));
  });

  it("ranks a topic of the introduction above an equal one further down", () => {
    const body = "Sourdough is my hobby. I bake sourdough often.\n\nSome days I drink espresso. Espresso is my fuel.\n\nThat is all for today.";
    expect(rankOf(body, "sourdough")).toBeLessThan(rankOf(body, "espresso"));
  });

  it("says where each suggestion stands", () => {
    const text = postText({ title: "Espresso at home", body: "## Grinding espresso\n\nEspresso needs a fine grind. Sourdough does not.\n\nMore espresso later." });
    const espresso = suggestKeywords(text).find((suggestion) => suggestion.phrase === "espresso");
    expect(espresso?.where).toEqual({ title: true, intro: true, headings: true });
  });

  it("leaves out a phrase that seldom appears outside a better one", () => {
    const text = "The sign problem is hard. The sign problem blocks simulations. Solving the sign problem needs new ideas. Simulations suffer.";
    const shown = phrases(text);
    expect(shown).toContain("sign problem");
    expect(shown).not.toContain("sign");
  });

  it("scores the first suggestion 1 and the rest lower, best first", () => {
    const scores = suggestKeywords(TWO_TOPICS).map((suggestion) => suggestion.score);
    expect(scores[0]).toBe(1);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it("returns at most `limit` suggestions, 10 by default", () => {
    const long = Array.from({ length: 40 }, (_, i) => `Topic number ${i} is about thing${i} and stuff${i}.`).join(" ");
    expect(suggestKeywords(long)).toHaveLength(10);
    expect(suggestKeywords(long, { limit: 3 })).toHaveLength(3);
  });

  it("suggests nothing for a post without prose", () => {
    expect(suggestKeywords("---\ntitle: Empty\n---\n\n```js\nconst x = 1;\n```\n")).toEqual([]);
  });
});

describe("the per-paragraph cache", () => {
  const original = postText({ title: "Sourdough", focus: "sourdough starter", body: `# Bread\n\n${TWO_TOPICS}\n\n![A starter](starter.png)` });
  it.each([
    ["changes one word", (text: string) => text.replace("needs time", "needs patience")],
    ["adds a paragraph at the top", (text: string) => text.replace("# Bread\n\n", "# Bread\n\nA new first paragraph about rye.\n\n")],
    ["deletes a paragraph", (text: string) => text.replace(/A good sourdough[^\n]+\n\n/, "")],
    ["turns a paragraph into a heading", (text: string) => text.replace("\n\nBake", "\n\n## Bake")],
    ["changes the front matter", (text: string) => text.replace("title: Sourdough", "title: Espresso")],
  ])("gives exactly the fresh suggestions and report after an edit that %s", (_, edit) => {
    const analyzer = createKeywordAnalyzer();
    analyzer.report(original, { slug: "bread" });
    const edited = edit(original);
    expect(analyzer.suggest(edited)).toEqual(suggestKeywords(edited));
    expect(analyzer.report(edited, { slug: "bread" })).toEqual(keywordReport(edited, { slug: "bread" }));
  });
});
