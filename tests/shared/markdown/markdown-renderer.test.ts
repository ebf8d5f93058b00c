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
});

describe("preview blocks", () => {
  it("renders each top-level block on its own with its source lines in the whole post", () => {
    const blocks = renderPreviewBlocks(md, "# Title\n\nA paragraph\nover two lines.\n\n- one\n- two\n", 4);
    expect(blocks.map((b) => [b.startLine, b.endLine])).toEqual([
      [4, 5],
      [6, 8],
      [9, 11],
    ]);
    expect(blocks[0]?.html).toBe('<h1 data-source-line="4">Title</h1>\n');
    expect(blocks[2]?.html).toContain("<li>one</li>");
  });

  it("keeps a fenced code block with blank lines as one block", () => {
    const blocks = renderPreviewBlocks(md, "```\na\n\nb\n```\n\nafter\n", 0);
    expect(blocks).toHaveLength(2);
    expect(blocks[0]?.html).toContain("a\n\nb");
  });
});
