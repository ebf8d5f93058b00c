import { describe, expect, it } from "vitest";
import { readPostHeadings } from "../../../src/shared/markdown/post-headings";

const outline = (text: string) => readPostHeadings(text).map(({ level, text: words, warning }) => ({ level, text: words, warning }));

describe("readPostHeadings", () => {
  it("reads ATX and Setext headings with their levels and plain words", () => {
    const text = "# A *bold* `start`\n\nIntro.\n\nSetext two\n----------\n\n### [Linked](https://example.com) part ###\n\nBig\n===\n";
    expect(outline(text)).toEqual([
      { level: 1, text: "A bold start", warning: null },
      { level: 2, text: "Setext two", warning: null },
      { level: 3, text: "Linked part", warning: null },
      { level: 1, text: "Big", warning: "More than one H1" },
    ]);
  });

  it("places each heading in the whole post, front matter included", () => {
    const text = "---\ntitle: Trip\n---\nIntro.\n\n## Day one\n\nWalk.\n\nDay two\n-------\n";
    const headings = readPostHeadings(text);
    expect(headings.map(({ from, to }) => text.slice(from, to))).toEqual(["## Day one", "Day two\n-------"]);
  });

  it("ignores # lines in fenced code and in front matter", () => {
    const text = "---\ntitle: Notes\n# not a heading: a YAML comment\n---\n## Shell\n\n```sh\n# a comment, not a heading\n```\n\n~~~\n## nor this\n~~~\n";
    expect(outline(text).map((heading) => heading.text)).toEqual(["Shell"]);
  });

  it("warns about a skipped level, naming each missing one", () => {
    expect(outline("## Two\n\n#### Four\n\n## Two again\n\n##### Five\n").map((heading) => heading.warning)).toEqual([
      null,
      "Skipped level: H3 missing",
      null,
      "Skipped levels: H3, H4 missing",
    ]);
  });

  it("counts the front matter title as the page's H1", () => {
    expect(outline("---\ntitle: Trip\n---\n# Trip\n\n## Day\n").map((heading) => heading.warning)).toEqual(["More than one H1: the front matter title is the page's H1", null]);
    expect(outline("# Only one\n")[0]?.warning).toBeNull();
  });

  it("gives an empty outline for a post without headings", () => {
    expect(readPostHeadings("Just a paragraph.\n")).toEqual([]);
  });
});
