import { describe, expect, it } from "vitest";
import { generatePost } from "../../bench/generator/generate-post";
import { readabilityReport } from "../../src/shared/readability";

describe("the benchmark's post generator", () => {
  it("gives the same post for the same seed and another post for another seed", () => {
    expect(generatePost({ words: 1_000, seed: 7 }).text).toBe(generatePost({ words: 1_000, seed: 7 }).text);
    expect(generatePost({ words: 1_000, seed: 8 }).text).not.toBe(generatePost({ words: 1_000, seed: 7 }).text);
  });

  it.each([1_000, 10_000])("writes about %i words, as the readability checker counts them", (words) => {
    const post = generatePost({ words, seed: 1 });
    expect(post.words).toBeGreaterThanOrEqual(words);
    expect(post.words).toBeLessThan(words * 1.05);
    const counted = readabilityReport(post.text).stats.words;
    expect(counted / words).toBeGreaterThan(0.9);
    expect(counted / words).toBeLessThan(1.1);
  });

  it("mixes the blocks of a real post", () => {
    const { text } = generatePost({ words: 10_000, seed: 3 });
    for (const block of [/^## /m, /^- /m, /^1\. /m, /^```ts$/m, /^> /m, /^\| --- /m, /^!\[/m, /\*\*\w/, /\]\(https:/, /`[^`\n]+`/]) expect(text).toMatch(block);
  });
});
