import { describe, expect, it } from "vitest";
import { createMarkdownRenderer } from "../../../src/shared/markdown/create-markdown-renderer";
import { renderPreviewBlocks } from "../../../src/shared/markdown/preview-blocks";

const md = createMarkdownRenderer();

describe("the shared markdown renderer", () => {
  it("aligns table columns with classes, never with inline styles the CSP would block", () => {
    const html = md.render("| a | b | c |\n| :-- | :-: | --: |\n| 1 | 2 | 3 |\n");
    expect(html).toContain('<th class="align-left"');
    expect(html).toContain('<td class="align-center"');
    expect(html).toContain('<td class="align-right"');
    expect(html).not.toContain("style=");
  });

  it("refuses javascript: links", () => {
    expect(md.render("[click](javascript:alert(1))")).not.toContain('href="javascript');
  });

  it("writes no editor bookkeeping (data-source-line) when the caller is not the preview", () => {
    expect(md.render("# Title\n\ntext\n")).not.toContain("data-source-line");
  });

  it("highlights code with classes only, and shows unknown languages as escaped text", () => {
    const html = md.render("```ts\nconst a: number = 1;\n```\n\n```nope\n<b>\n```\n");
    expect(html).toContain('<span class="hljs-keyword">const</span>');
    expect(html).toContain("&lt;b&gt;");
    expect(html).not.toContain("style=");
  });

  it("links www. addresses like GitHub, but not file names that look like domains", () => {
    expect(md.renderInline("see www.example.com/a.")).toBe('see <a href="http://www.example.com/a">www.example.com/a</a>.');
    expect(md.renderInline("see readme.md")).toBe("see readme.md");
  });
});

describe("preview blocks", () => {
  it("renders each top-level block on its own with its source lines in the whole post", () => {
    const blocks = renderPreviewBlocks(md, "# Title\n\nA paragraph\nover two lines.\n\n- one\n- two\n", 4);
    expect(blocks.map((b) => [b.startLine, b.endLine])).toEqual([
      [4, 5],
      [6, 8],
      [9, 11],
    ]);
    expect(blocks[0]?.html).toBe('<h1 id="title" data-source-line="4">Title</h1>\n');
    expect(blocks[2]?.html).toContain("<li>one</li>");
  });

  it("keeps the footnotes section as one block after the last one, so block lines stay in order", () => {
    const body = "[^a]: First note.\n\nText[^a] and[^b].\n\n[^b]: Second note.\n\nLast paragraph.\n";
    const blocks = renderPreviewBlocks(md, body, 2);
    const footnotes = blocks.at(-1);
    expect(footnotes?.html).toMatch(/^<hr class="footnotes-sep">\n<section class="footnotes">[\s\S]*<\/section>\n$/);
    expect(blocks.filter((block) => block.html.includes("footnote-item"))).toHaveLength(1);
    expect([footnotes?.startLine, footnotes?.endLine]).toEqual([9, 9]);
    const starts = blocks.map((block) => block.startLine);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it("shows raw HTML that wraps Markdown (details, figure, div) as one block", () => {
    const body = "<details>\n<summary>More</summary>\n\nInside *details*.\n\n</details>\n\nAfter.\n";
    const blocks = renderPreviewBlocks(md, body, 0);
    expect(blocks).toHaveLength(2);
    expect(blocks[0]?.html).toMatch(/^<details>[\s\S]*<em>details<\/em>[\s\S]*<\/details>\n$/);
    expect([blocks[0]?.startLine, blocks[0]?.endLine]).toEqual([0, 6]);
  });

  it("keeps a fenced code block with blank lines as one block", () => {
    const blocks = renderPreviewBlocks(md, "```\na\n\nb\n```\n\nafter\n", 0);
    expect(blocks).toHaveLength(2);
    expect(blocks[0]?.html).toContain("a\n\nb");
  });
});
