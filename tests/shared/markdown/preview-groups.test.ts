// @vitest-environment jsdom
/**
 * A long preview keeps its blocks in groups that skip rendering off screen: whatever the edits,
 * it shows the same blocks as a fresh preview, no group grows past twice its size, and every group
 * but the first opens with a block without a top margin, so the spacing is the one readers get.
 */
import { describe, expect, it } from "vitest";
import { GROUP_SIZE } from "../../../src/renderer/src/preview/block-groups";
import { PreviewBlockList } from "../../../src/renderer/src/preview/block-list";
import { createMarkdownRenderer } from "../../../src/shared/markdown/create-markdown-renderer";
import { renderPreviewBlocks } from "../../../src/shared/markdown/preview-blocks";

const md = createMarkdownRenderer();

/** A post of `count` blocks: mostly paragraphs, with headings, lists and quotes between them. */
function longPost(count: number): string {
  const blocks: string[] = [];
  for (let i = 0; i < count; i++) {
    if (i % 7 === 3) blocks.push(`## Heading ${i}`);
    else if (i % 11 === 5) blocks.push(`- item ${i}\n- another`);
    else if (i % 13 === 8) blocks.push(`> quoted ${i}`);
    else blocks.push(`Paragraph ${i} with *words*.`);
  }
  return `${blocks.join("\n\n")}\n`;
}

function show(list: PreviewBlockList, body: string): void {
  list.update(renderPreviewBlocks(md, body, 0));
}

const blockElements = (container: HTMLElement): Element[] => [...container.querySelectorAll(":scope > .preview-group > *")];

/** Checks the groups' rules and that `container` shows what a fresh preview of `body` shows. */
function expectWellGrouped(container: HTMLElement, body: string): void {
  const fresh = document.createElement("div");
  show(new PreviewBlockList(fresh), body);
  expect(blockElements(container).map((element) => element.outerHTML)).toEqual(blockElements(fresh).map((element) => element.outerHTML));
  const groups = [...container.children];
  expect(groups.every((group) => group.className === "preview-group" && group.childElementCount > 0)).toBe(true);
  for (const group of groups) expect(group.childElementCount).toBeLessThanOrEqual(2 * GROUP_SIZE);
  for (const group of groups.slice(1)) expect(["P", "UL", "OL", "DL", "BLOCKQUOTE", "PRE", "TABLE"]).toContain(group.firstElementChild?.tagName);
}

describe("the preview's groups of blocks", () => {
  it("split a long post into groups that each open with a paragraph, list, quote, code or table", () => {
    const container = document.createElement("div");
    const body = longPost(100);
    show(new PreviewBlockList(container), body);
    expect(container.children.length).toBeGreaterThan(100 / (2 * GROUP_SIZE));
    expectWellGrouped(container, body);
  });

  it("keep every other block's nodes when a keystroke changes a paragraph", () => {
    const container = document.createElement("div");
    const list = new PreviewBlockList(container);
    const body = longPost(100);
    show(list, body);
    const before = blockElements(container);
    const edited = body.replace("Paragraph 72 with", "Paragraph 72 now with");
    show(list, edited);
    const after = blockElements(container);
    const changed = after.flatMap((element, i) => (element === before[i] ? [] : [element.textContent]));
    expect(changed).toEqual(["Paragraph 72 now with words."]);
    expectWellGrouped(container, edited);
  });

  // jsdom sanitizes a block in about 15 ms: each check renders a fresh preview.
  it("stay well formed through deletions, pastes and new headings", { timeout: 120_000 }, () => {
    const container = document.createElement("div");
    const list = new PreviewBlockList(container);
    let body = longPost(100);
    show(list, body);
    const edits: ((text: string) => string)[] = [
      // The paragraph that opens the second group becomes a heading, then goes.
      (text) => text.replace("Paragraph 32 with *words*.", "## Heading 32"),
      (text) => text.replace("## Heading 32\n\n", ""),
      (text) => text.replace("Paragraph 65 with *words*.", "## Now a heading"),
      (text) => text.replace("Paragraph 90 with *words*.", longPost(70).trim()),
      (text) => text.slice(0, text.indexOf("Paragraph 20 ")) + text.slice(text.indexOf("Paragraph 50 ")),
      (text) => `## First\n\n${text}`,
      (text) => `${text}\nParagraph at the end.\n`,
    ];
    for (const edit of edits) {
      body = edit(body);
      show(list, body);
      expectWellGrouped(container, body);
    }
  });

  it("empties the container when cleared", () => {
    const container = document.createElement("div");
    const list = new PreviewBlockList(container);
    show(list, longPost(100));
    list.clear();
    expect(container.childNodes).toHaveLength(0);
    expect(list.positions()).toEqual([]);
  });
});
