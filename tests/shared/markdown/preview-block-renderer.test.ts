/**
 * The preview re-renders only what an edit touched, and the result is always the same as
 * rendering the whole post again: checked over hundreds of edits of a generated post (typing,
 * new lines, deletions, and edits that make headings, lists, fences, HTML and footnotes).
 */
import { describe, expect, it } from "vitest";
import { generatePost } from "../../../bench/generator/generate-post";
import { seededRandom } from "../../../bench/generator/seeded-random";
import { createMarkdownRenderer } from "../../../src/shared/markdown/create-markdown-renderer";
import { PreviewBlockRenderer } from "../../../src/shared/markdown/preview-block-renderer";
import { renderPreviewBlocks } from "../../../src/shared/markdown/preview-blocks";
import { splitPost } from "../../../src/shared/post/front-matter";

const md = createMarkdownRenderer();
const TYPING = ["a", " word", ".", "\n", "\n\n"];
const STRUCTURE = ["## ", "- ", "1. ", "```\n", "<div>\n", "    ", "[^1]", "\n[^1]: A note.\n", "---\n", "> ", "| x |\n| - |\n"];

/** A renderer that notes the length of every text it parses. */
function parsingNoted(): { readonly parsing: ReturnType<typeof createMarkdownRenderer>; readonly parsed: number[] } {
  const parsing = createMarkdownRenderer();
  const parsed: number[] = [];
  const parse = parsing.parse.bind(parsing);
  parsing.parse = (text, env) => {
    parsed.push(text.length);
    return parse(text, env);
  };
  return { parsing, parsed };
}

describe("the preview's block renderer", () => {
  it("gives the blocks a full render gives, after every kind of edit", () => {
    const random = seededRandom(42);
    const { body: start } = splitPost(generatePost({ words: 1_500, seed: 5 }).text);
    // Episodes from the same post, so one footnote (which makes every render whole) does not end the test's reach.
    for (let episode = 0; episode < 10; episode++) {
      const renderer = new PreviewBlockRenderer(md);
      let body = start;
      let caret = random.int(0, body.length);
      renderer.render(body, 7);
      for (let step = 0; step < 40; step++) {
        // Mostly typing on at the caret, as a writer does; sometimes a jump, a deletion or an edit that changes the structure.
        const roll = random.next();
        if (roll < 0.1) caret = random.int(0, body.length);
        if (roll < 0.2) {
          body = `${body.slice(0, caret)}${body.slice(Math.min(body.length, caret + random.int(1, 40)))}`;
        } else {
          const inserted = random.pick(roll < 0.85 ? TYPING : STRUCTURE);
          body = `${body.slice(0, caret)}${inserted}${body.slice(caret)}`;
          caret += inserted.length;
        }
        expect(renderer.render(body, 7)).toEqual(renderPreviewBlocks(md, body, 7));
      }
    }
  });

  it("parses only the paragraph a writer types in", () => {
    const { parsing, parsed } = parsingNoted();
    const { body } = splitPost(generatePost({ words: 10_000, seed: 5 }).text);
    const renderer = new PreviewBlockRenderer(parsing);
    renderer.render(body, 7);
    const paragraph = body.indexOf("\n\n", body.length / 2);
    let typed = body;
    for (const [i, character] of [..." We kept the beds damp."].entries()) {
      typed = `${typed.slice(0, paragraph + i)}${character}${typed.slice(paragraph + i)}`;
      renderer.render(typed, 7);
    }
    expect(parsed[0]).toBe(body.length);
    expect(Math.max(...parsed.slice(1))).toBeLessThan(2_000);
  });

  it("keeps the blocks an edit did not touch, and moves those below a new line", () => {
    const body = "First paragraph.\n\nSecond paragraph.\n\nThird paragraph.\n";
    const renderer = new PreviewBlockRenderer(md);
    const [first, second, third] = renderer.render(body, 0);
    const typed = renderer.render(body.replace("Second paragraph.", "Second paragraph, edited."), 0);
    expect(typed[0]).toBe(first);
    expect(typed[1]).not.toBe(second);
    expect(typed[2]).toBe(third);
    const moved = renderer.render(body.replace("Second paragraph.", "Second\n\nparagraph."), 0);
    expect(moved[0]).toBe(first);
    expect(moved.map((block) => block.startLine)).toEqual([0, 2, 4, 6]);
    expect(moved[3]?.html).toContain('data-source-line="6"');
  });
});
