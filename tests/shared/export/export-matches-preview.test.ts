// @vitest-environment jsdom
/**
 * What the writer saw is what readers get: for every Markdown fixture, the exported body is the
 * same HTML as the preview's (sanitized block by block in the window, with the editor's
 * `data-source-line` bookkeeping taken out), since both use the one markdown-it setup and the one
 * sanitizing policy. jsdom stands in for the window here; Playwright checks the real one.
 */
import { describe, expect, it } from "vitest";
import { sanitizePostHtml } from "../../../src/main/export/sanitize-post-html";
import { PreviewBlockList } from "../../../src/renderer/src/preview/block-list";
import { exportPostFragment } from "../../../src/shared/export";
import { createMarkdownRenderer } from "../../../src/shared/markdown/create-markdown-renderer";
import { renderPreviewBlocks } from "../../../src/shared/markdown/preview-blocks";
import { splitPost } from "../../../src/shared/post/front-matter";
import { markdownFixtures } from "../../support/markdown-fixtures";

function previewHtml(text: string): string {
  const container = document.createElement("div");
  const post = splitPost(text);
  new PreviewBlockList(container).update(renderPreviewBlocks(createMarkdownRenderer(), post.body, post.bodyLine));
  for (const element of container.querySelectorAll("[data-source-line]")) element.removeAttribute("data-source-line");
  // The groups that let off-screen blocks skip rendering are the preview's own; the blocks are what readers get.
  return [...container.children].map((group) => group.innerHTML).join("");
}

describe("the exported body", () => {
  for (const fixture of markdownFixtures()) {
    it(`equals the preview's HTML for ${fixture.name}`, async () => {
      const exported = await exportPostFragment(fixture.input, { id: fixture.id, sanitize: (html) => sanitizePostHtml(html) });
      expect(previewHtml(fixture.input)).toBe(exported);
    });
  }
});
