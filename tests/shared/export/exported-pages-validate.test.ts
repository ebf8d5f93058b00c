/**
 * Every exported page is valid HTML: each Markdown fixture, exported as a whole page with front
 * matter, passes html-validate's recommended rules. The one exception, and why:
 * - `attribute-boolean-style` "empty": the DOM serializer (after sanitizing) writes boolean
 *   attributes as `disabled=""`, which HTML defines as the same thing as `disabled`.
 */
import { HtmlValidate, type RuleConfig } from "html-validate";
import { describe, expect, it } from "vitest";
import { EXPORT_THEME_CSS } from "../../../src/main/export/export-theme";
import { sanitizePostHtml } from "../../../src/main/export/sanitize-post-html";
import { exportPostHtml } from "../../../src/shared/export";
import { markdownFixtures } from "../../support/markdown-fixtures";

const EXPORT_VALIDATION_RULES: RuleConfig = {
  "attribute-boolean-style": ["error", { style: "empty" }],
};

const validator = new HtmlValidate({ extends: ["html-validate:recommended"], rules: EXPORT_VALIDATION_RULES });

const FRONT_MATTER = `---
title: "A post with </script> and \\"quotes\\" in its title"
description: What the fixture shows, for search engines & social cards.
date: 2024-05-01
updated: 2024-05-03
author: Ada Writer
tags: [markdown, export]
canonical_url: https://blog.example.com/posts/fixture/
image: cover.jpg
lang: en-GB
---
`;

describe("every exported page", () => {
  for (const fixture of markdownFixtures()) {
    it(`validates for ${fixture.name}`, async () => {
      const html = await exportPostHtml(FRONT_MATTER + fixture.input, { id: fixture.id, css: EXPORT_THEME_CSS, sanitize: (unsafe) => sanitizePostHtml(unsafe) });
      const report = await validator.validateString(html);
      const messages = report.results.flatMap((result) => result.messages.map((message) => `${message.ruleId} (line ${message.line}): ${message.message}`));
      expect(messages).toEqual([]);
    });
  }
});
