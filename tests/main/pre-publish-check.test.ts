import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkBeforePublishing } from "../../src/main/export/pre-publish-check";
import { PostLibrary } from "../../src/main/library";
import { readBeforePublishing } from "../../src/shared/export/pre-publish";
import { useTempFolders } from "./support/temp-folder";

const READY = `---
title: Drip lines for a small garden
description: How we laid drip lines in our small garden, what they cost, and how much water they saved over one summer.
---

We laid drip lines in May. They cost little. The beds stayed damp all summer.
`;

const ids = (problems: readonly { id: string }[]) => problems.map((problem) => problem.id);

describe("readBeforePublishing", () => {
  it("finds nothing to say about a post that is ready", () => {
    expect(readBeforePublishing("garden.md", READY, 8).problems).toEqual([]);
  });

  it("asks for a title and a description", () => {
    expect(ids(readBeforePublishing("a.md", "Just text.\n", 8).problems)).toEqual(["title", "description"]);
  });

  it("flags images without alt text and a second H1", () => {
    const text = `${READY}\n# One\n\n# Two\n\n![](photo.jpg)\n`;
    expect(ids(readBeforePublishing("garden.md", text, 8).problems)).toEqual(expect.arrayContaining(["single-h1", "image-alt-text"]));
  });

  it("says when the grade is above the target, and the post's own target wins over the setting", () => {
    const hard = READY.replace("We laid drip lines in May.", "The implementation of the comprehensive irrigation methodology was facilitated by the utilization of approximately seventeen heterogeneous drip emitters, notwithstanding the considerable organizational impediments.");
    expect(readBeforePublishing("garden.md", hard, 8).problems.find((problem) => problem.id === "readability")?.message).toMatch(/above the target of grade 8/);
    expect(ids(readBeforePublishing("garden.md", hard.replace("title:", "readability_target: 20\ntitle:"), 8).problems)).not.toContain("readability");
  });

  it("reports only the focus keyphrase's failing checks, naming the keyphrase", () => {
    const problems = readBeforePublishing("garden.md", READY.replace("title:", "focus_keyphrase: compost tea\ntitle:"), 8).problems;
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((problem) => problem.message.startsWith("Focus keyphrase “compost tea”"))).toBe(true);
  });

  it("lists each relative link and image once, resolved from the post's folder, and leaves web and site links alone", () => {
    const text = `${READY}\n![a](../img/a%20b.png) ![a](../img/a%20b.png) [x](other.md#part) [y](https://example.com) [z](/about) [w](#top) [out](../../x.md)\n`;
    expect(readBeforePublishing("2024/garden.md", text, 8).references).toEqual([
      { kind: "image", written: "../img/a%20b.png", path: "img/a b.png" },
      { kind: "link", written: "other.md#part", path: "2024/other.md" },
      { kind: "link", written: "../../x.md", path: null },
    ]);
  });
});

describe("checkBeforePublishing", () => {
  const tempFolder = useTempFolders();

  it("looks the post's local links and images up in the posts folder", async () => {
    const folder = await tempFolder();
    await mkdir(path.join(folder, "img"));
    await writeFile(path.join(folder, "img", "here.png"), "png");
    await writeFile(path.join(folder, "other.md"), "# Other");
    await writeFile(path.join(folder, "garden.md"), `${READY}\n![a](img/here.png) ![b](img/gone.png) [o](other.md) [m](missing.md)\n`);
    const problems = await checkBeforePublishing(new PostLibrary(folder, { trashItem: async () => undefined }), "garden.md", 8);
    expect(problems.map((problem) => problem.message)).toEqual([
      "The image “img/gone.png” names no file in the posts folder, so it will be broken once published.",
      "The link to “missing.md” names no file in the posts folder, so it will be broken once published.",
    ]);
  });
});
