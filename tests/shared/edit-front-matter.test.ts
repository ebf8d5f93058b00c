import { describe, expect, it } from "vitest";
import { setFrontMatterField } from "../../src/shared/post/edit-front-matter";
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
title: "Cancer Study: What It Means" # keep the quotes
date: 2024-03-01
tags: [health, science]
description: What the study found
---

Body with *emphasis*  
and two trailing spaces.
`);
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
