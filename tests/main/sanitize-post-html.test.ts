import { describe, expect, it } from "vitest";
import { sanitizePostHtml } from "../../src/main/export/sanitize-post-html";

describe("sanitizing a post's HTML for export", () => {
  it("exports nothing, rather than failing, for markup DOMPurify drops whole (a lone frameset)", async () => {
    await expect(sanitizePostHtml('<frameset><frame src="https://attacker.example/"></frameset>')).resolves.toBe("");
  });

  it("keeps a blogger's figure and drops the script beside it", async () => {
    const html = await sanitizePostHtml('<figure><img src="a.png" alt="A"><figcaption>A</figcaption></figure><script>alert(1)</script>');
    expect(html).toContain("<figcaption>A</figcaption>");
    expect(html).not.toContain("script");
  });
});

describe("data sources in a post", () => {
  it("keeps inline images and drops data: sources that are not images", async () => {
    const html = await sanitizePostHtml(
      '<img alt="dot" src="data:image/png;base64,iVBORw0KGgo="><img alt="page" src="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">',
    );
    expect(html).toContain('src="data:image/png;base64,iVBORw0KGgo="');
    expect(html).not.toContain("text/html");
  });
});
