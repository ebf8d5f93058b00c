import { writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkPosts } from "../../src/main/cli/check-command";
import { printKeywords } from "../../src/main/cli/keywords-command";
import { parseCliArguments } from "../../src/main/cli/parse-arguments";
import { useTempFolders } from "./support/temp-folder";

const SOURDOUGH = `---
title: Sourdough starter basics
description: How to feed a sourdough starter, and how to tell when it is ready to bake with.
focus_keyphrase: sourdough starter
---

A sourdough starter is flour and water that wild yeast has made its home. Feed your sourdough starter every day.

## Feeding a starter

Mix equal weights of flour and water into the starter. A warm kitchen makes the yeast rise faster.

## Baking with the starter

Bake when the sourdough starter has doubled and smells sour.
`;

function collect() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, output: { out: (line: string) => out.push(line), err: (line: string) => err.push(line) } };
}

describe("keywords on the command line", () => {
  const tempFolder = useTempFolders();

  async function post(name: string, text: string): Promise<string> {
    const file = path.join(await tempFolder(), name);
    await writeFile(file, text);
    return file;
  }

  it("parses `clearpost keywords POST.md…` and asks for posts when none are named", () => {
    expect(parseCliArguments(["keywords", "a.md", "b.md"])).toEqual({ kind: "keywords", posts: ["a.md", "b.md"] });
    expect(parseCliArguments(["keywords"])).toMatchObject({ kind: "usage-error" });
  });

  it("prints the phrases a post is most about, best first, one per line", async () => {
    const file = await post("sourdough-starter.md", SOURDOUGH);
    const { out, err, output } = collect();
    expect(await printKeywords({ kind: "keywords", posts: [file] }, output)).toBe(0);
    expect(err).toEqual([]);
    expect(out.length).toBeGreaterThan(0);
    expect(out.length).toBeLessThanOrEqual(10);
    expect(out.slice(0, 3)).toContain("sourdough starter");
  });

  it("says which file it cannot read and exits with 2", async () => {
    const { err, output } = collect();
    expect(await printKeywords({ kind: "keywords", posts: ["/no/such/post.md"] }, output)).toBe(2);
    expect(err[0]).toContain("/no/such/post.md");
  });

  it("adds keyword suggestions and the focus keyphrase's checks to `check --json`", async () => {
    const file = await post("sourdough-starter.md", SOURDOUGH);
    const { out, output } = collect();
    await checkPosts({ kind: "check", posts: [file], json: true, maxGrade: null, target: null }, output);
    const record = JSON.parse(out[0] ?? "{}") as { keywords: { suggestions: { phrase: string; score: number; count: number }[]; focus: { phrase: string; checks: { id: string; status: string; message: string }[] } } };
    expect(record.keywords.suggestions[0]?.score).toBe(1);
    const starter = record.keywords.suggestions.find((suggestion) => suggestion.phrase === "sourdough starter");
    expect(starter?.count).toBe(3); // the three in the body; the title is a place, not an occurrence
    expect(record.keywords.focus.phrase).toBe("sourdough starter");
    const slug = record.keywords.focus.checks.find((check) => check.id.includes("slug"));
    expect(slug?.status).toBe("good");
    for (const check of record.keywords.focus.checks) expect(["good", "ok", "bad"]).toContain(check.status);
  });
});
