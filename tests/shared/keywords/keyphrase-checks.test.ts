import { describe, expect, it } from "vitest";
import { keywordReport, readKeyphrase, checkUniqueFocusKeyphrase, type KeywordCheckStatus } from "../../../src/shared/keywords";
import { checkOf, FILLER, MENTION, postText, sentences } from "./support";

const FOCUS = "exosome research";

describe("keyphrase density (0.5 % to 3 % of words)", () => {
  it.each([
    [1, 19, "good"], // 1 in 200 words: 0.5 %
    [1, 20, "bad"], // 0.48 %
    [3, 7, "good"], // 3 in 100 words: 3 %
    [4, 9, "bad"], // 3.1 %
    [0, 30, "bad"],
  ] as const)("with %d mentions and %d filler sentences of ten words is %s", (mentions, fillers, status) => {
    const body = `${sentences(MENTION, mentions)} ${sentences(FILLER, fillers)}`.trim();
    expect(checkOf({ focus: FOCUS, body }, "keyphrase-density").status).toBe(status);
  });

  it("matches word forms in any order within a sentence, not substrings", () => {
    const body = `Research on exosomes is young. ${sentences(FILLER, 9)} Exosomeresearch is one word.`;
    expect(checkOf({ focus: FOCUS, body }, "keyphrase-density").message).toContain("used 1 time");
  });
});

describe("keyphrase distribution (longest stretch without it)", () => {
  /** Ten sentences of ten words; the keyphrase in those at `mentioned`. */
  const bodyWith = (mentioned: readonly number[]): string => Array.from({ length: 10 }, (_, i) => (mentioned.includes(i) ? MENTION : FILLER)).join(" ");
  it.each([
    [[0, 3, 6, 9], "good"], // 20 %
    [[0, 4, 8], "good"], // 30 %
    [[0, 5, 9], "ok"], // 40 %
    [[0, 6, 9], "ok"], // 50 %
    [[0, 7], "bad"], // 60 %
    [[], "bad"],
  ] as const)("with mentions in sentences %j is %s", (mentioned, status) => {
    expect(checkOf({ focus: FOCUS, body: bodyWith(mentioned) }, "keyphrase-distribution").status).toBe(status);
  });

  it("points at the longest stretch without the keyphrase", () => {
    const body = bodyWith([0, 7]);
    const check = checkOf({ focus: FOCUS, body }, "keyphrase-distribution");
    const text = postText({ focus: FOCUS, body });
    const [range] = check.ranges ?? [];
    expect(range && text.slice(range.from, range.to)).toBe(sentences(FILLER, 6));
  });
});

describe("keyphrase in the SEO title", () => {
  it.each([
    ["Exosome research for beginners", "good"],
    ["How exosome research works", "good"],
    ["A beginner's guide to research on exosomes", "ok"],
    ["Cells and their vesicles", "bad"],
    [undefined, "bad"],
  ] as const)("%j is %s", (title, status) => {
    expect(checkOf({ title, focus: FOCUS, body: MENTION }, "keyphrase-in-title").status).toBe(status);
  });

  it("takes the body's first H1 as the title when front matter has none", () => {
    expect(checkOf({ focus: FOCUS, body: `# Exosome research today\n\n${MENTION}` }, "keyphrase-in-title").status).toBe("good");
  });
});

describe("keyphrase in the introduction", () => {
  it.each([
    [`${MENTION}\n\n${FILLER}`, "good"],
    [`## Heading\n\n${FILLER} ${MENTION}\n\n${FILLER}`, "good"],
    [`Exosomes are small. Research is slow.\n\n${MENTION}`, "ok"],
    [`${FILLER}\n\n${MENTION}`, "bad"],
    ["## Only a heading", "bad"],
  ] as const)("%j is %s", (body, status) => {
    expect(checkOf({ focus: FOCUS, body }, "keyphrase-in-introduction").status).toBe(status);
  });
});

describe("keyphrase in H2 and H3 subheadings (30 % to 75 %)", () => {
  /** `count` H2 subheadings, the first `naming` of them naming the keyphrase. */
  const headings = (count: number, naming: number, level = "##"): string =>
    Array.from({ length: count }, (_, i) => `${level} ${i < naming ? "More exosome research" : `Part ${i + 1}`}\n\n${FILLER}`).join("\n\n");
  it.each([
    [10, 3, "good"],
    [10, 2, "ok"],
    [4, 3, "good"],
    [5, 4, "ok"],
    [1, 1, "good"],
    [3, 0, "ok"],
    [0, 0, "ok"],
  ] as const)("%d subheadings, %d naming it, is %s", (count, naming, status) => {
    expect(checkOf({ focus: FOCUS, body: `${MENTION}\n\n${headings(count, naming)}` }, "keyphrase-in-subheadings").status).toBe(status);
  });

  it("counts H3 but not H4 subheadings", () => {
    expect(checkOf({ focus: FOCUS, body: `${MENTION}\n\n${headings(2, 1, "###")}` }, "keyphrase-in-subheadings").message).toContain("1 of 2");
    expect(checkOf({ focus: FOCUS, body: `${MENTION}\n\n${headings(2, 1, "####")}` }, "keyphrase-in-subheadings").message).toContain("no H2 or H3");
  });
});

describe("keyphrase in the meta description (once or twice)", () => {
  it.each([
    [undefined, "bad"],
    ["All about cells.", "bad"],
    ["A guide to exosome research.", "good"],
    ["Exosome research. More exosome research.", "good"],
    ["Exosome research. Exosome research. Exosome research.", "bad"],
  ] as const)("%j is %s", (description, status) => {
    expect(checkOf({ description, focus: FOCUS, body: MENTION }, "keyphrase-in-meta-description").status).toBe(status);
  });
});

describe("keyphrase in the slug", () => {
  it.each([
    ["exosome-research-2024", undefined, "good"],
    ["exosomes", undefined, "ok"],
    ["cells", undefined, "bad"],
    ["cells", "new-exosome-research", "good"],
  ] as const)("file slug %j with front matter slug %j is %s", (fileSlug, slug, status) => {
    expect(checkOf({ slug, focus: FOCUS, body: MENTION }, "keyphrase-in-slug", fileSlug).status).toBe(status);
  });
});

describe("keyphrase in an image's alt text", () => {
  const images = (alts: readonly string[]): string => alts.map((alt, i) => `![${alt}](image-${i}.png)`).join("\n\n");
  it.each([
    [[], "ok"],
    [["Exosome research in the lab"], "good"],
    [["A microscope"], "bad"],
    [["exosome research", "a", "b", "c", "d"], "ok"], // 20 %
    [["exosome research", "exosome research", "a", "b", "c"], "good"], // 40 %
    [["exosome research", "exosome research", "exosome research", "exosome research", "c"], "ok"], // 80 %
  ] as const)("alts %j is %s", (alts, status) => {
    expect(checkOf({ focus: FOCUS, body: `${MENTION}\n\n${images(alts)}` }, "keyphrase-in-image-alt").status).toBe(status);
  });

  it("reads alt text of HTML images too", () => {
    expect(checkOf({ focus: FOCUS, body: `${MENTION}\n\n<img src="a.png" alt="Exosome research">` }, "keyphrase-in-image-alt").status).toBe("good");
  });
});

describe("keyphrase length (1 to 4 content words)", () => {
  it.each([
    ["exosomes", "good"],
    ["the art of war", "good"],
    ["exosome research for cancer patients", "good"],
    ["exosome research for cancer patients today", "ok"],
    ["one two three four five six seven eight", "ok"],
    ["one two three four five six seven eight nine", "bad"],
  ] as const)("%j is %s", (focus, status) => {
    expect(checkOf({ focus, body: MENTION }, "keyphrase-length").status).toBe(status);
  });
});

describe("the keyword report", () => {
  it("checks the focus keyphrase from front matter, and each keyword", () => {
    const text = `---\nfocus_keyphrase: exosome research\nkeywords: [vesicles, cancer]\n---\n\n${MENTION}`;
    const report = keywordReport(text, { slug: "x" });
    expect(report.focus?.phrase).toBe("exosome research");
    expect(report.keywords.map((keyword) => keyword.phrase)).toEqual(["vesicles", "cancer"]);
    expect(report.keywords[0]?.checks.map((check) => check.id)).toEqual(report.focus?.checks.map((check) => check.id));
  });

  it("reads keywords written as comma-separated text, and lets options override front matter", () => {
    const text = `---\nfocus_keyphrase: exosome research\nkeywords: vesicles, cancer\n---\n\n${MENTION}`;
    expect(keywordReport(text, { slug: "x" }).keywords.map((keyword) => keyword.phrase)).toEqual(["vesicles", "cancer"]);
    const overridden = keywordReport(text, { slug: "x", focusKeyphrase: "cells", keywords: [] });
    expect([overridden.focus?.phrase, overridden.keywords]).toEqual(["cells", []]);
  });

  it("has no focus checklist without a focus keyphrase", () => {
    expect(keywordReport(MENTION, { slug: "x" }).focus).toBeNull();
    expect(keywordReport(MENTION, { slug: "x", focusKeyphrase: "  " }).focus).toBeNull();
  });

  it("adds the duplicate check when other posts' keyphrases are given", () => {
    const report = keywordReport(postText({ focus: FOCUS, body: MENTION }), { slug: "x", otherFocusKeyphrases: [{ id: "old.md", focusKeyphrase: "Research on exosomes" }] });
    expect(report.focus?.checks.find((check) => check.id === "unique-focus-keyphrase")).toMatchObject({ status: "bad" });
  });
});

describe("the same focus keyphrase on two posts", () => {
  it.each([
    ["Research on exosomes", "bad"],
    ["exosomes research", "bad"],
    ["exosome", "good"],
    ["cancer research", "good"],
  ] as const)("another post's %j is %s", (other, status: KeywordCheckStatus) => {
    const check = checkUniqueFocusKeyphrase(readKeyphrase(FOCUS), [{ id: "other.md", keyphrase: readKeyphrase(other) }]);
    expect(check.status).toBe(status);
    if (status === "bad") expect(check.message).toContain("other.md");
  });
});
