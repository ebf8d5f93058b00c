import { describe, expect, it } from "vitest";
import { linkKind, titleWidth } from "../../../src/shared/keywords";
import { checkOf, FILLER, sentences } from "./support";

describe("title width in search results (Arial, 20 px)", () => {
  it.each([
    ["W", (1933 / 2048) * 20],
    ["i", (455 / 2048) * 20],
    ["Wi", ((1933 + 455) / 2048) * 20],
    ["", 0],
  ])("measures %j as Arial's advance widths", (text, width) => {
    expect(titleWidth(text)).toBeCloseTo(width, 6);
  });

  it("gives characters outside Arial's Latin table a width: a full em for CJK, a letter's for others", () => {
    expect(titleWidth("中")).toBeCloseTo(20, 6);
    expect(titleWidth("ᚠ")).toBeGreaterThan(5);
  });

  // "a" is 1139/2048 em: 35 of them are 389 px, 36 are 400.4 px, 53 are 589.5 px, 54 are 600.6 px.
  it.each([
    [undefined, "bad"],
    ["a".repeat(35), "ok"],
    ["a".repeat(36), "good"],
    ["a".repeat(53), "good"],
    ["a".repeat(54), "bad"],
  ] as const)("a title of %j is %s", (title, status) => {
    expect(checkOf({ title, body: FILLER }, "title-width").status).toBe(status);
  });
});

describe("one H1 (a front matter title is shown as the H1)", () => {
  it.each([
    ["Title", FILLER, "good"],
    ["Title", `# Another\n\n${FILLER}`, "bad"],
    [undefined, `# Only one\n\n${FILLER}`, "good"],
    [undefined, `# One\n\n${FILLER}\n\nTwo\n===\n\n${FILLER}`, "bad"],
    [undefined, FILLER, "ok"],
  ] as const)("title %j with body %j is %s", (title, body, status) => {
    expect(checkOf({ title, body }, "single-h1").status).toBe(status);
  });
});

describe("meta description length (120 to 157 characters)", () => {
  it.each([
    [undefined, "bad"],
    ["x".repeat(119), "ok"],
    ["x".repeat(120), "good"],
    ["x".repeat(157), "good"],
    ["x".repeat(158), "ok"],
    ["é".repeat(120), "good"],
  ] as const)("%j is %s", (description, status) => {
    expect(checkOf({ description, body: FILLER }, "meta-description-length").status).toBe(status);
  });
});

describe("text length (at least 300 words of prose)", () => {
  const nineWords = "One two three four five six seven eight nine.";
  it.each([
    [sentences(FILLER, 30), "good"],
    [`${sentences(FILLER, 29)} ${nineWords}`, "ok"],
    [sentences(FILLER, 25), "ok"],
    [`${sentences(FILLER, 24)} ${nineWords}`, "bad"],
    [`## Ten heading words that do not count as prose at all\n\n${sentences(FILLER, 29)} ${nineWords}`, "ok"],
  ] as const)("case %# is %s", (body, status) => {
    expect(checkOf({ body }, "text-length").status).toBe(status);
  });
});

describe("links", () => {
  it.each([
    ["https://example.org/page", undefined, "outbound"],
    ["//cdn.example.org/x", undefined, "outbound"],
    ["../other-post.md", undefined, "internal"],
    ["/2024/post", undefined, "internal"],
    ["https://www.myblog.net/post", "https://myblog.net", "internal"],
    ["#section", undefined, "other"],
    ["mailto:me@example.org", undefined, "other"],
  ] as const)("%j (site %j) is %s", (href, site, kind) => {
    expect(linkKind(href, site)).toBe(kind);
  });

  it.each([
    [`${FILLER} [a source](https://example.org).`, "good", "bad"],
    [`${FILLER} [my other post](other.md).`, "bad", "good"],
    [`${FILLER} See https://example.org and <a href="../x.md">this</a>.`, "good", "good"],
    [`${FILLER} [top](#top).`, "bad", "bad"],
  ] as const)("%j: outbound %s, internal %s", (body, outbound, internal) => {
    expect([checkOf({ body }, "outbound-links").status, checkOf({ body }, "internal-links").status]).toEqual([outbound, internal]);
  });
});

describe("images with alt text", () => {
  it.each([
    [FILLER, "ok"],
    [`![A cat](cat.png)\n\n${FILLER}`, "good"],
    [`![A cat](cat.png) ![](dog.png)`, "bad"],
    [`<img src="dog.png">`, "bad"],
  ] as const)("%j is %s", (body, status) => {
    expect(checkOf({ body }, "image-alt-text").status).toBe(status);
  });

  it("points at the images without alt text", () => {
    const body = `${FILLER}\n\n![](dog.png)`;
    const check = checkOf({ body }, "image-alt-text");
    expect(check.ranges?.map((range) => body.slice(range.from, range.to))).toEqual(["![](dog.png)"]);
  });
});
