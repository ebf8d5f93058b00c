import { describe, expect, it } from "vitest";
import { cutToWidth, DESCRIPTION_WIDTH, keywordReport, readSearchPreview, TITLE_WIDTH_PX, titleWidth } from "../../../src/shared/keywords";
import { splitPost } from "../../../src/shared/post/front-matter";

const preview = (text: string, firstParagraph: string | null = null) => readSearchPreview(splitPost(text), "cancer-study", firstParagraph);

describe("cutToWidth", () => {
  it("keeps text that fits", () => {
    expect(cutToWidth("Short title", 600, 20)).toBe("Short title");
  });

  it("cuts between words and adds an ellipsis that still fits", () => {
    const long = "What the new cancer study really means for patients, families and the doctors who treat them";
    const cut = cutToWidth(long, TITLE_WIDTH_PX.max, 20);
    expect(cut.endsWith(" …")).toBe(true);
    expect(titleWidth(cut)).toBeLessThanOrEqual(TITLE_WIDTH_PX.max);
    expect(long.startsWith(cut.slice(0, -2))).toBe(true);
    // One more word would not have fitted.
    const next = long.slice(0, long.indexOf(" ", cut.length - 1));
    expect(titleWidth(`${next} …`)).toBeGreaterThan(TITLE_WIDTH_PX.max);
  });

  it("cuts a single overlong word between letters", () => {
    const cut = cutToWidth("W".repeat(80), 100, 20);
    expect(cut).toMatch(/^W+ …$/);
    expect(titleWidth(cut)).toBeLessThanOrEqual(100);
  });
});

describe("readSearchPreview", () => {
  it("shows the title, the slug under the writer's site and the meta description", () => {
    const result = preview("---\ntitle: Cancer study\ndescription: What it found.\n---\nBody\n");
    expect(result).toMatchObject({ title: "Cancer study", breadcrumb: "your site › cancer-study", description: "What it found.", descriptionFromText: false, site: null, image: null });
  });

  it("builds the breadcrumb from the canonical URL, decoding its path", () => {
    const result = preview("---\ntitle: T\ncanonical_url: https://www.example.org/blog/caf%C3%A9-notes/\n---\n");
    expect(result.breadcrumb).toBe("example.org › blog › café-notes");
    expect(result.site).toBe("example.org");
  });

  it("falls back to the first paragraph, as search engines do, when there is no description", () => {
    const result = preview("---\ntitle: T\n---\n", "The   study followed\n 2,000 people.");
    expect(result).toMatchObject({ description: "The study followed 2,000 people.", descriptionFromText: true });
  });

  it("cuts a long description near 920 px of 14 px Arial, about 155 characters", () => {
    const long = "This plain-language guide explains what the new cancer study found, who took part, what the numbers mean and what questions to ask your doctor next time.";
    const result = preview(`---\ntitle: T\ndescription: ${long} And more words after that.\n---\n`);
    expect(result.fullDescription?.length).toBeGreaterThan(170);
    expect(result.description?.endsWith(" …")).toBe(true);
    expect(titleWidth(result.description ?? "", DESCRIPTION_WIDTH.fontSizePx)).toBeLessThanOrEqual(DESCRIPTION_WIDTH.maxPx);
    expect(result.description?.length).toBeGreaterThan(130);
    expect(result.description?.length).toBeLessThan(170);
  });

  it("uses front matter slug and the cover image as written", () => {
    const result = preview("---\ntitle: T\nslug: my-slug\ncover: images/cover photo.jpg\n---\n");
    expect(result.breadcrumb).toBe("your site › my-slug");
    expect(result.image).toBe("images/cover photo.jpg");
  });

  it("comes with the keyword report, built from the post's first paragraph", () => {
    const report = keywordReport("---\ntitle: Bread\n---\n# Heading\n\nFirst **paragraph** here.\n\nSecond.\n", { slug: "bread" });
    expect(report.preview.description).toBe("First paragraph here.");
  });
});

describe("the fallback description", () => {
  it("drops emphasis markers but keeps underscores inside words", () => {
    expect(preview("", "*Really* __bold__ ~~gone~~ snake_case").description).toBe("Really bold gone snake_case");
  });
});
