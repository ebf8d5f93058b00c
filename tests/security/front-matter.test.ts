/**
 * A stranger's front matter is data: YAML tags that other parsers run (`!!js/function`,
 * `!!python/object`) stay strings, `__proto__` keys pollute nothing, and an alias bomb neither
 * hangs nor crashes the posts list; the post opens with a message instead.
 */
import { describe, expect, it } from "vitest";
import { splitPost } from "../../src/shared/post/front-matter";
import { summarizePost } from "../../src/shared/post/summary";
import { loadOwnVectors } from "./support/xss-corpus";

const FRONT_MATTER_VECTORS = loadOwnVectors().filter((vector) => vector.family === "own:front-matter");

describe("front matter from a stranger", () => {
  it.each(FRONT_MATTER_VECTORS.map((vector) => [vector.id, vector.markdown]))("%s is read as data, without throwing", (_id, text) => {
    expect(() => summarizePost("post.md", text, 0)).not.toThrow();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("keeps a function tag as the text it is", () => {
    const post = splitPost("---\ntitle: !!js/function 'function(){ alert(1) }'\n---\n\nBody");
    expect(post.frontMatter?.data.title).toBe("function(){ alert(1) }");
  });

  it("keeps a __proto__ key as an own key and leaves Object.prototype alone", () => {
    const post = splitPost("---\n__proto__:\n  polluted: yes\ntitle: Proto\n---\n");
    expect(Object.getPrototypeOf(post.frontMatter?.data)).toBe(Object.prototype);
    expect(Object.prototype.hasOwnProperty.call(post.frontMatter?.data, "__proto__")).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("answers an alias bomb with a message, and the post still gets a title from its name", () => {
    const bomb = FRONT_MATTER_VECTORS.find((vector) => vector.markdown.includes("Billion laughs"))?.markdown ?? "";
    const started = performance.now();
    const post = splitPost(bomb);
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(post.frontMatter?.error).toMatch(/aliases/);
    expect(summarizePost("laughs.md", bomb, 0)).toMatchObject({ title: "laughs", problem: expect.stringMatching(/aliases/) });
  });
});
