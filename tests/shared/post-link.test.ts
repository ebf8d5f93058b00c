import { describe, expect, it } from "vitest";
import { markdownPostLink, relativePostHref } from "../../src/shared/post/post-link";

describe("relativePostHref", () => {
  it.each([
    ["a.md", "b.md", "b.md"],
    ["a.md", "2023/b.md", "2023/b.md"],
    ["2024/a.md", "b.md", "../b.md"],
    ["2024/jan/a.md", "2024/feb/b.md", "../feb/b.md"],
    ["2024/a.md", "2024/b.md", "b.md"],
    ["notes/a.md", "notes.md", "../notes.md"],
    ["a.md", "my posts/café (draft).md", "my%20posts/caf%C3%A9%20%28draft%29.md"],
    ["a.md", "100% #1?.md", "100%25%20%231%3F.md"],
    ["a.md", "smile :).md", "smile%20%3A%29.md"],
  ])("from %s to %s is %s", (from, to, href) => {
    expect(relativePostHref(from, to)).toBe(href);
  });
});

describe("markdownPostLink", () => {
  it("escapes brackets in the title so the link stays whole", () => {
    expect(markdownPostLink("a.md", "b.md", "Notes [draft] \\ more")).toBe("[Notes \\[draft\\] \\\\ more](b.md)");
  });
});
