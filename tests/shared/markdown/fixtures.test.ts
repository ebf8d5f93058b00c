/**
 * Each Markdown feature as the writer's readers get it: input.md through the one markdown-it setup
 * and the shared sanitizing policy equals expected.html. `UPDATE_FIXTURES=1` rewrites the
 * expected files (review the diff before committing them).
 */
import { writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { sanitizePostHtml } from "../../../src/main/export/sanitize-post-html";
import { exportPostFragment } from "../../../src/shared/export";
import { markdownFixtures } from "../../support/markdown-fixtures";

const update = process.env.UPDATE_FIXTURES === "1";

describe("Markdown fixtures", () => {
  for (const fixture of markdownFixtures()) {
    it(`renders ${fixture.name} as expected.html`, async () => {
      const html = await exportPostFragment(fixture.input, { id: fixture.id, sanitize: (unsafe) => sanitizePostHtml(unsafe) });
      if (update || fixture.expected === null) writeFileSync(fixture.expectedPath, html);
      else expect(html).toBe(fixture.expected);
    });

    it(`leaves ${fixture.name} as it is when sanitized again`, async () => {
      const html = await exportPostFragment(fixture.input, { id: fixture.id, sanitize: (unsafe) => sanitizePostHtml(unsafe) });
      expect(await sanitizePostHtml(html)).toBe(html);
    });
  }
});
