import { describe, expect, it } from "vitest";
import { countText, createBodyCounter } from "../../src/shared/post/counts";
import { fileStem, firstHeading, readPostHeader } from "../../src/shared/post/fields";
import { createPostSplitter, splitPost } from "../../src/shared/post/front-matter";
import { localIsoDate, newPostText } from "../../src/shared/post/new-post";
import { slugify } from "../../src/shared/post/slug";
import { comparePostsNewestFirst, summarizePost } from "../../src/shared/post/summary";

describe("createPostSplitter", () => {
  it("keeps the front matter it read while the writer types in the body, and reads it again when it changes", () => {
    const split = createPostSplitter();
    const first = split("---\ntitle: Hi\n---\nText");
    const typed = split("---\ntitle: Hi\n---\nText and more");
    expect(typed.frontMatter).toBe(first.frontMatter);
    expect(typed).toMatchObject({ body: "Text and more", bodyOffset: first.bodyOffset });
    expect(split("---\ntitle: Hello\n---\nText").frontMatter?.data).toEqual({ title: "Hello" });
    expect(split("No front matter").frontMatter).toBeNull();
  });
});

describe("splitPost", () => {
  it("separates the front matter from the body and says where the body starts", () => {
    const text = "---\ntitle: Hi\n---\n# Body\n";
    const split = splitPost(text);
    expect(split.frontMatter).toEqual({ data: { title: "Hi" }, error: null });
    expect(split.body).toBe("# Body\n");
    expect(split.bodyOffset).toBe(text.indexOf("# Body"));
    expect(split.bodyLine).toBe(3);
  });

  it("treats a post without front matter as all body, minus a byte order mark", () => {
    expect(splitPost("\uFEFF# Just text")).toMatchObject({ frontMatter: null, body: "# Just text", bodyOffset: 1 });
  });

  it("reads front matter written with Windows line endings", () => {
    expect(splitPost("---\r\ntitle: Hi\r\n---\r\nText").frontMatter?.data).toEqual({ title: "Hi" });
  });

  it("reports broken front matter with its line instead of failing", () => {
    const split = splitPost("---\ntitle: ok\ntags: [unclosed\n---\nText");
    expect(split.frontMatter?.data).toEqual({});
    expect(split.frontMatter?.error).toMatch(/not valid YAML/);
    expect(split.body).toBe("Text");
  });

  it("does not mistake a thematic break for front matter when it is never closed", () => {
    expect(splitPost("---\nnot closed").frontMatter).toBeNull();
  });
});

describe("readPostHeader", () => {
  it("reads title, date, description, draft and tags", () => {
    const header = readPostHeader({ data: { title: " A ", date: new Date("2024-05-06"), description: "D", draft: true, tags: ["x", 3] }, error: null });
    expect(header).toEqual({ title: "A", date: "2024-05-06", description: "D", draft: true, tags: ["x", "3"] });
  });

  it("accepts comma-separated tags, keywords as tags, and no front matter at all", () => {
    expect(readPostHeader({ data: { tags: "a, b" }, error: null }).tags).toEqual(["a", "b"]);
    expect(readPostHeader({ data: { keywords: ["k"] }, error: null }).tags).toEqual(["k"]);
    expect(readPostHeader(null)).toEqual({ title: null, date: null, description: null, draft: false, tags: [] });
  });
});

describe("firstHeading and fileStem", () => {
  it("finds the first level-one heading, ignoring closing hashes", () => {
    expect(firstHeading("Intro\n\n## Not this\n# The Title ##\n# Second")).toBe("The Title");
    expect(firstHeading("No heading here")).toBeNull();
  });

  it("names a post after its file when nothing else does", () => {
    expect(fileStem("2024/spring/my-post.markdown")).toBe("my-post");
  });
});

describe("slugify", () => {
  it("turns a title into a lower-case ASCII file name", () => {
    expect(slugify("Cancer Study: What It Means!")).toBe("cancer-study-what-it-means");
    expect(slugify("Crème brûlée, don’t panic")).toBe("creme-brulee-dont-panic");
  });

  it("never gives an empty or overlong name", () => {
    expect(slugify("!!!")).toBe("untitled");
    expect(slugify("word ".repeat(40)).length).toBeLessThanOrEqual(80);
    expect(slugify("word ".repeat(40))).not.toMatch(/-$/);
  });
});

describe("countText", () => {
  it("counts words joined by apostrophes and hyphens as one", () => {
    expect(countText("It's a well-known fact.").words).toBe(4);
  });

  it("gives at least a minute of reading for any text, and none for empty text", () => {
    expect(countText("one two").readingMinutes).toBe(1);
    expect(countText("")).toEqual({ words: 0, characters: 0, readingMinutes: 0 });
    expect(countText("word ".repeat(476)).readingMinutes).toBe(2);
  });
});

describe("countText counts the words a reader reads", () => {
  it.each([
    ["fenced code, even across blank lines", "Two words\n\n```js\nconst a = 1;\n\nlet b = 2;\n```\n\nthree more words", 5],
    ["tilde fences, closed only by their own kind", "one\n\n~~~\nx\n```\ny\n~~~\n\ntwo", 2],
    ["inline code", "Use `npm install --save` now", 2],
    ["link and image addresses, keeping link text and alt text", "See [the guide](https://example.com/a/b) and ![a cat](images/cat.jpg)", 6],
    ["bare URLs and autolinks", "Visit https://example.com/some/path or <https://example.org/x> today", 3],
    ["HTML tags, keeping their text", '<figure><figcaption class="x">A caption</figcaption></figure>', 2],
    ["table cells and headings", "## Heading here\n\n| You type | Readers see |\n| --- | --- |\n| bold | text |", 8],
  ])("leaves out %s", (_, body, words) => {
    expect(countText(body).words).toBe(words);
  });

  it("an unclosed fence runs to the end of the post", () => {
    expect(countText("one\n\n```\ncode\n\nmore code").words).toBe(1);
  });
});

describe("createBodyCounter", () => {
  it("gives countText's counts while reusing the chunks an edit did not touch, fences included", () => {
    const count = createBodyCounter();
    const bodies = [
      "Intro words\n\n```\ncode\n\nstill code\n```\n\nafter",
      "Intro words\n\n``\ncode\n\nstill code\n```\n\nafter",
      "Intro words here\n\n```\ncode\n\nstill code\n```\n\nafter",
      "Intro words here\n\n```\ncode\n\nstill code\n\nafter",
      "Same words\n\nSame words\n\nx\n\n\n\nSame words",
      "Same words\n\nSame word\n\ny\n\n\n\nSame words",
      "",
    ];
    for (const body of bodies) expect(count(body)).toEqual(countText(body));
  });

  it("gives countText's counts after every kind of edit: typing, new paragraphs, fences opened and closed, deletions", () => {
    const pieces = ["word ", "two words. ", "\n", "\n\n", "\n\n\n", "```\n", "~~~\n", "`code` ", "[link](http://x.y) ", "é ", ""];
    let seed = 7;
    const random = (below: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % below;
    };
    const count = createBodyCounter();
    let body = "Intro words\n\n```\ncode\n\nstill code\n```\n\nafter the fence\n\nlast words";
    for (let step = 0; step < 400; step++) {
      const from = random(body.length + 1);
      const to = Math.min(body.length, from + (random(4) === 0 ? random(12) : 0));
      body = body.slice(0, from) + (pieces[random(pieces.length)] ?? "") + body.slice(to);
      expect(count(body), JSON.stringify(body)).toEqual(countText(body));
    }
  });
});

describe("newPostText", () => {
  it("round-trips its title, date and draft state through summarizePost", () => {
    const now = new Date(2024, 6, 9, 10, 30);
    const text = newPostText("  Colons: and \"quotes\"  ", now);
    expect(summarizePost("colons.md", text, 0)).toEqual({
      id: "colons.md",
      title: 'Colons: and "quotes"',
      date: localIsoDate(now),
      draft: true,
      tags: [],
      focusKeyphrase: null,
      modifiedMs: 0,
      problem: null,
    });
    expect(localIsoDate(now)).toBe("2024-07-09");
  });
});

describe("summarizePost", () => {
  it("falls back from the front matter title to the first heading to the file name", () => {
    expect(summarizePost("a.md", "---\ntitle: FM\n---\n# H", 0).title).toBe("FM");
    expect(summarizePost("a.md", "# Heading", 0).title).toBe("Heading");
    expect(summarizePost("dir/file-name.md", "plain", 0).title).toBe("file-name");
  });

  it("sorts dated posts newest first and undated ones by when they were changed", () => {
    const older = summarizePost("o.md", "---\ndate: 2023-01-01\n---\n", 0);
    const newer = summarizePost("n.md", "---\ndate: 2024-01-01\n---\n", 0);
    const undated = summarizePost("u.md", "", Date.UTC(2023, 5, 1));
    expect([older, undated, newer].sort(comparePostsNewestFirst).map((s) => s.id)).toEqual(["n.md", "u.md", "o.md"]);
  });
});
