import { describe, expect, it } from "vitest";
import { buildTermVector, relatedPosts, type LibraryPost } from "../../../src/shared/keywords";

const POSTS: Record<string, string> = {
  "sourdough.md": "---\ntitle: Sourdough starter basics\n---\n\nFeed your sourdough starter flour and water. A starter needs warmth.",
  "rye.md": "Rye bread with a sourdough starter is dense. Rye flour ferments fast.",
  "espresso.md": "Espresso needs finely ground coffee and hot water at high pressure.",
  "pour-over.md": "Pour-over coffee needs a gooseneck kettle and medium ground coffee.",
  "taxes.md": "File your taxes before April. Keep receipts for deductions.",
  "code.md": "```\nsourdough starter flour water\n```\n\nNothing here but code.",
};

const library: LibraryPost[] = Object.entries(POSTS).map(([id, text]) => ({ id, vector: buildTermVector(text) }));

function related(id: string): string[] {
  const target = library.find((post) => post.id === id);
  if (!target) throw new Error(id);
  return relatedPosts(target.vector, library, { excludeId: id }).map((post) => post.id);
}

describe("related posts (TF-IDF, cosine similarity)", () => {
  it.each([
    ["sourdough.md", ["rye.md", "espresso.md", "pour-over.md"]],
    ["espresso.md", ["pour-over.md", "sourdough.md"]],
    ["taxes.md", []],
  ])("for %s lists %j, most similar first, posts sharing nothing left out", (id, expected) => {
    expect(related(id)).toEqual(expected);
  });

  it("counts the front matter title and leaves code out", () => {
    const counts = (text: string): Map<string, number> => {
      const vector = buildTermVector(text);
      return new Map(vector.stems.map((stem, i) => [stem, vector.counts[i] ?? 0]));
    };
    expect([counts(POSTS["sourdough.md"] ?? "").get("sourdough"), counts(POSTS["sourdough.md"] ?? "").get("basic")]).toEqual([2, 1]);
    expect(counts(POSTS["code.md"] ?? "").has("sourdough")).toBe(false);
  });

  it("lists five at most, with similarities between 0 and 1", () => {
    const many = Array.from({ length: 9 }, (_, i) => ({ id: `p${i}.md`, vector: buildTermVector(`Coffee beans number ${i} roast well.`) }));
    const result = relatedPosts(buildTermVector("Coffee beans roast."), many);
    expect(result).toHaveLength(5);
    for (const post of result) expect(post.similarity).toBeGreaterThan(0);
    for (const post of result) expect(post.similarity).toBeLessThanOrEqual(1 + 1e-9);
  });

  it("scores a post identical to the target 1", () => {
    const vector = buildTermVector(POSTS["rye.md"] ?? "");
    expect(relatedPosts(vector, [...library, { id: "copy.md", vector }], { excludeId: "rye.md" })[0]).toEqual({ id: "copy.md", similarity: expect.closeTo(1, 9) as number });
  });
});
