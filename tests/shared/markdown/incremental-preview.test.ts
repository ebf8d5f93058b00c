// @vitest-environment jsdom
/**
 * The preview patches only what a keystroke changed: blocks before and after an edit keep their
 * DOM nodes, also with footnotes (rendered at the end) and raw HTML that wraps Markdown.
 */
import { describe, expect, it } from "vitest";
import { PreviewBlockList } from "../../../src/renderer/src/preview/block-list";
import { createMarkdownRenderer } from "../../../src/shared/markdown/create-markdown-renderer";
import { renderPreviewBlocks } from "../../../src/shared/markdown/preview-blocks";

const md = createMarkdownRenderer();

function showIn(list: PreviewBlockList, body: string): void {
  list.update(renderPreviewBlocks(md, body, 0));
}

/** The shown blocks' elements, in order, out of their groups. */
const blockElements = (container: HTMLElement): Element[] => [...container.querySelectorAll(":scope > .preview-group > *")];

const POST = [
  "# Title",
  "",
  "First paragraph with a note[^n].",
  "",
  "<details>",
  "<summary>More</summary>",
  "",
  "Hidden *text*.",
  "",
  "</details>",
  "",
  "| a | b |",
  "| - | - |",
  "| 1 | 2 |",
  "",
  "Last paragraph.",
  "",
  "[^n]: The note.",
  "",
].join("\n");

describe("the incremental preview", () => {
  it("replaces only the edited block and keeps the others' nodes, footnotes included", () => {
    const container = document.createElement("div");
    const list = new PreviewBlockList(container);
    showIn(list, POST);
    const before = blockElements(container);
    expect(before.map((element) => element.tagName)).toEqual(["H1", "P", "DETAILS", "TABLE", "P", "HR", "SECTION"]);

    showIn(list, POST.replace("Last paragraph.", "Last paragraph, edited."));
    const after = blockElements(container);
    expect(after.map((element, i) => element === before[i])).toEqual([true, true, true, true, false, true, true]);
    expect(after[4]?.textContent).toBe("Last paragraph, edited.");
  });

  it("moves blocks below a new line without rebuilding them, and keeps their source lines right", () => {
    const container = document.createElement("div");
    const list = new PreviewBlockList(container);
    showIn(list, POST);
    const table = container.querySelector("table");
    showIn(list, `\n\n${POST}`);
    expect(container.querySelector("table")).toBe(table);
    expect(table?.getAttribute("data-source-line")).toBe("13");
    expect(list.positions().map((position) => position.startLine)).toEqual([2, 4, 6, 13, 17, 18]);
  });

  it("updates the footnotes when a note's text changes", () => {
    const container = document.createElement("div");
    const list = new PreviewBlockList(container);
    showIn(list, POST);
    showIn(list, POST.replace("The note.", "The changed note."));
    expect(container.querySelector(".footnotes")?.textContent).toContain("The changed note.");
    expect(container.querySelectorAll(".footnotes")).toHaveLength(1);
  });
});
