import { describe, expect, it } from "vitest";
import { splitPost } from "../../src/shared/post/front-matter";
import { fillPostTemplate } from "../../src/shared/post/post-template";

const VALUES = { title: 'Colons: and "quotes"', date: "2024-05-17", slug: "colons-and-quotes" };

describe("fillPostTemplate", () => {
  it("fills title, date and slug, quoting a whole-value title as YAML so its colon cannot break the front matter", () => {
    const filled = fillPostTemplate("---\ntitle: {{title}}\ndate: {{ date }}\nslug: {{slug}}\n# the writer's note\ntags: []\n---\n# {{title}}\n\nWritten {{date}}.\n", VALUES);
    expect(filled.problem).toBeNull();
    const post = splitPost(filled.text ?? "");
    expect(post.frontMatter?.data).toEqual({ title: VALUES.title, date: "2024-05-17", slug: "colons-and-quotes", tags: [] });
    expect(filled.text).toContain("# the writer's note");
    expect(post.body).toBe(`# ${VALUES.title}\n\nWritten 2024-05-17.\n`);
  });

  it("leaves placeholders it does not know as written", () => {
    expect(fillPostTemplate("---\nauthor: {{author}}\n---\n", VALUES).text).toBe("---\nauthor: {{author}}\n---\n");
  });

  it("refuses a template whose front matter is not valid YAML, saying where", () => {
    const filled = fillPostTemplate("---\ntitle: {{title}}\ntags: [unclosed\n---\n", VALUES);
    expect(filled.text).toBeNull();
    expect(filled.problem).toMatch(/^The template for new posts \(\.clearpost\/template\.md\) cannot be used: The front matter is not valid YAML \(front matter line \d\)/);
  });
});
