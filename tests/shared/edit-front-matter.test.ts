import { describe, expect, it } from "vitest";
import { addFrontMatterListItem, setFrontMatterField } from "../../src/shared/post/edit-front-matter";
import { splitPost } from "../../src/shared/post/front-matter";

const POST = `---
# Written for the spring issue
title: "Cancer Study: What It Means"   # keep the quotes
date: 2024-03-01
tags: [health, science]
---

Body with *emphasis*  
and two trailing spaces.
`;

describe("setFrontMatterField", () => {
  it("keeps front matter comments and key order when a field is set", () => {
    const edited = setFrontMatterField(POST, "description", "What the study found");
    expect(edited).toBe(`---
# Written for the spring issue
title: "Cancer Study: What It Means"   # keep the quotes
date: 2024-03-01
tags: [health, science]
description: What the study found
---

Body with *emphasis*  
and two trailing spaces.
`);
  });

  it("changes only the value of an existing field, keeping its comment and spacing", () => {
    const edited = setFrontMatterField(POST, "title", "A new title");
    expect(edited.split("\n")[2]).toBe("title: A new title   # keep the quotes");
    expect(edited.replace("A new title", '"Cancer Study: What It Means"')).toBe(POST);
  });

  it("never folds a long value over several lines", () => {
    const long = "word ".repeat(40).trim();
    expect(setFrontMatterField(POST, "description", long)).toContain(`description: ${long}\n`);
  });

  it("quotes a value only where YAML needs it", () => {
    expect(setFrontMatterField(POST, "focus_keyphrase", "cancer: a study")).toContain(`focus_keyphrase: "cancer: a study"\n`);
    expect(setFrontMatterField(POST, "focus_keyphrase", "cancer study")).toContain("focus_keyphrase: cancer study\n");
  });

  it("fills a field written with no value", () => {
    expect(setFrontMatterField("---\nfocus_keyphrase:\ntitle: A\n---\n", "focus_keyphrase", "x")).toBe("---\nfocus_keyphrase: x\ntitle: A\n---\n");
  });

  it("changes an existing field in place", () => {
    const edited = setFrontMatterField(POST, "date", "2024-04-02");
    const lines = edited.split("\n");
    expect(lines[3]).toBe("date: 2024-04-02");
    expect(lines[1]).toBe("# Written for the spring issue");
  });

  it("leaves every byte of the body untouched", () => {
    const body = splitPost(POST).body;
    expect(splitPost(setFrontMatterField(POST, "draft", true)).body).toBe(body);
  });

  it("adds a front matter block to a post that has none", () => {
    const edited = setFrontMatterField("# Hello\n\nText\n", "title", "Hello");
    expect(edited).toBe("---\ntitle: Hello\n---\n\n# Hello\n\nText\n");
    expect(splitPost(edited).frontMatter?.data).toEqual({ title: "Hello" });
  });

  it("fills an empty front matter block", () => {
    expect(setFrontMatterField("---\n---\nText", "draft", false)).toBe("---\ndraft: false\n---\nText");
  });

  it("keeps Windows line endings in a post that uses them", () => {
    const edited = setFrontMatterField("---\r\ntitle: A\r\n---\r\nText\r\n", "draft", true);
    expect(edited).toBe("---\r\ntitle: A\r\ndraft: true\r\n---\r\nText\r\n");
  });

  it("refuses to rewrite broken front matter rather than guess", () => {
    expect(() => setFrontMatterField("---\ntitle: [unclosed\n---\nText", "draft", true)).toThrow(/not valid YAML/);
  });
});

describe("addFrontMatterListItem", () => {
  it("adds a line to a block list, indented as its items, keeping their comments", () => {
    const post = "---\nkeywords:\n  - cancer # main\n  - study\ntitle: A\n---\nText\n";
    expect(addFrontMatterListItem(post, "keywords", "exosomes")).toBe("---\nkeywords:\n  - cancer # main\n  - study\n  - exosomes\ntitle: A\n---\nText\n");
  });

  it("adds an entry to a flow list", () => {
    expect(addFrontMatterListItem(POST, "tags", "medicine")).toContain("tags: [health, science, medicine]\n");
  });

  it("adds to comma-separated text", () => {
    expect(addFrontMatterListItem("---\nkeywords: cancer, study\n---\n", "keywords", "exosomes")).toBe("---\nkeywords: cancer, study, exosomes\n---\n");
  });

  it("creates the list when the field is missing or empty", () => {
    expect(addFrontMatterListItem(POST, "keywords", "cancer study")).toContain("\nkeywords: [cancer study]\n---");
    expect(addFrontMatterListItem("---\nkeywords:\n---\n", "keywords", "a")).toBe("---\nkeywords: [a]\n---\n");
    expect(addFrontMatterListItem("Text\n", "keywords", "a")).toBe("---\nkeywords: [a]\n---\n\nText\n");
  });

  it("leaves the post alone when the list already holds the phrase, whatever its case", () => {
    expect(addFrontMatterListItem(POST, "tags", "Health")).toBe(POST);
    expect(addFrontMatterListItem("---\nkeywords: a, B\n---\n", "keywords", "b")).toBe("---\nkeywords: a, B\n---\n");
  });

  it("keeps Windows line endings when it adds a line", () => {
    expect(addFrontMatterListItem("---\r\nkeywords:\r\n  - a\r\n---\r\n", "keywords", "b")).toBe("---\r\nkeywords:\r\n  - a\r\n  - b\r\n---\r\n");
  });
});
