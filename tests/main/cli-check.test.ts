import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkPosts, lineIndex } from "../../src/main/cli/check-command";
import { type CheckCommand, parseCliArguments } from "../../src/main/cli/parse-arguments";
import { useTempFolders } from "./support/temp-folder";
import { everyScore } from "../support/check-record";

const HARD = `---
title: Drip Lines
---

# Drip lines

The implementation of the comprehensive irrigation methodology was facilitated by the utilization of approximately seventeen heterogeneous drip emitters, notwithstanding the considerable organizational impediments.

It was really hot. We watered early.
`;

const PLAIN = `---
title: Short
readability_target: 5
---

We ran drip lines. They saved water. The kids helped.
`;

/** Runs `clearpost check` on `posts` with `options`, collecting what it prints. */
async function check(posts: string[], options: Partial<Omit<CheckCommand, "kind" | "posts">> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const exitCode = await checkPosts(
    { kind: "check", posts, json: false, maxGrade: null, target: null, ...options },
    { out: (line) => out.push(line), err: (line) => err.push(line) },
  );
  return { exitCode, out, err };
}

describe("clearpost check", () => {
  const tempFolder = useTempFolders();

  async function posts(files: Record<string, string | Uint8Array>): Promise<string[]> {
    const folder = await tempFolder();
    return Promise.all(
      Object.entries(files).map(async ([name, content]) => {
        const file = path.join(folder, name);
        await writeFile(file, content);
        return file;
      }),
    );
  }

  it("prints one JSON object per post per line, in argument order, with the documented fields", async () => {
    const [hard = "", plain = ""] = await posts({ "hard.md": HARD, "plain.md": PLAIN });
    const { exitCode, out, err } = await check([plain, hard], { json: true });
    expect(exitCode).toBe(0);
    expect(err).toEqual([]);
    expect(out).toHaveLength(2);
    const [first, second] = out.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(first).toMatchObject({ file: plain, target: 5 });
    expect(second).toMatchObject({
      file: hard,
      target: 8,
      stats: { words: 30, sentences: 3, paragraphs: 2, syllables: expect.any(Number), readingTimeMinutes: 1 },
      scores: everyScore(expect.any(Number)),
      grade: expect.any(Number),
    });
    const findings = second?.findings as { kind: string; from: number; to: number; line: number; column: number; message: string; suggestion?: string }[];
    const veryHard = findings.find((finding) => finding.kind === "very-hard-sentence");
    expect(veryHard).toMatchObject({ line: 7, column: 1, message: expect.stringContaining("Very hard to read") });
    expect(HARD.slice(veryHard?.from, veryHard?.to)).toMatch(/^The implementation .* impediments\.$/);
    const plainer = findings.find((finding) => finding.kind === "plain-alternative" && HARD.slice(finding.from, finding.to) === "utilization");
    expect(plainer).toMatchObject({ suggestion: "use", line: 7 });
    const adverb = findings.find((finding) => finding.kind === "adverb" && HARD.slice(finding.from, finding.to) === "really");
    expect(adverb).toMatchObject({ line: 9, column: 8 });
  });

  it("prints a readable report with the grade, target, scores, counts, checks and places to fix", async () => {
    const [hard = ""] = await posts({ "hard.md": HARD });
    const { exitCode, out } = await check([hard], { target: 10 });
    expect(exitCode).toBe(0);
    const text = out.join("\n");
    expect(text).toContain(hard);
    expect(text).toMatch(/Grade \d+(\.\d)? — .*\(target 10: /);
    expect(text).toMatch(/Flesch Reading Ease -?\d/);
    expect(text).toContain("Gunning fog");
    expect(text).toContain("New Dale–Chall");
    expect(text).toContain("30 words · 3 sentences · 2 paragraphs");
    expect(text).toMatch(/✓ pass {2}No paragraph is over 150 words\./);
    expect(text).toMatch(/ {4}7:1 {2}Very hard to read/);
  });

  it("lets the front matter's readability_target win over --target", async () => {
    const [plain = ""] = await posts({ "plain.md": PLAIN });
    const { out } = await check([plain], { json: true, target: 12 });
    expect(JSON.parse(out[0] ?? "")).toMatchObject({ target: 5 });
  });

  it("exits with 1 when a post reads above --max-grade, and 0 when every post is at or below it", async () => {
    const [hard = "", plain = ""] = await posts({ "hard.md": HARD, "plain.md": PLAIN });
    const above = await check([plain, hard], { json: true, maxGrade: 6 });
    expect(above.exitCode).toBe(1);
    expect(above.out).toHaveLength(2);
    expect(above.err).toEqual([expect.stringMatching(/hard\.md reads at grade [\d.]+, above --max-grade 6\./)]);
    expect((await check([plain], { maxGrade: 6 })).exitCode).toBe(0);
  });

  it("exits with 2 for a missing post, a folder or a file that is not UTF-8, after checking the others", async () => {
    const [plain = "", latin1 = ""] = await posts({ "plain.md": PLAIN, "latin1.md": Uint8Array.from([0x63, 0x61, 0x66, 0xe9, 0x2e, 0x0a]) });
    const folder = path.join(path.dirname(plain), "drafts");
    await mkdir(folder);
    const missing = path.join(path.dirname(plain), "missing.md");
    const { exitCode, out, err } = await check([missing, plain, latin1, folder], { json: true });
    expect(exitCode).toBe(2);
    expect(out.map((line) => (JSON.parse(line) as { file: string }).file)).toEqual([plain]);
    expect(err).toEqual([
      `clearpost: ${missing}: no such file.`,
      expect.stringMatching(/latin1\.md: is not UTF-8 text/),
      `clearpost: ${folder}: is a folder, not a post.`,
    ]);
  });

  it("gives a post with no prose no grade, and never fails --max-grade for it", async () => {
    const [empty = ""] = await posts({ "empty.md": "---\ntitle: Empty\n---\n\n```js\nconst x = 1;\n```\n" });
    const { exitCode, out } = await check([empty], { json: true, maxGrade: 1 });
    expect(exitCode).toBe(0);
    expect(JSON.parse(out[0] ?? "")).toMatchObject({ grade: null, stats: { words: 0 }, findings: [] });
  });
});

describe("clearpost check's arguments", () => {
  it("takes posts in order and the options", () => {
    expect(parseCliArguments(["check", "a.md", "b.md", "--json", "--max-grade", "9", "--target=7.5"])).toEqual({
      kind: "check",
      posts: ["a.md", "b.md"],
      json: true,
      maxGrade: 9,
      target: 7.5,
    });
    expect(parseCliArguments(["check", "a.md"])).toEqual({ kind: "check", posts: ["a.md"], json: false, maxGrade: null, target: null });
  });

  it.each([
    [["check"], /Name the posts/],
    [["check", "a.md", "--max-grade", "nine"], /--max-grade must be a grade/],
    [["check", "a.md", "--max-grade", "-1"], /--max-grade/],
    [["check", "a.md", "--target", "40"], /--target must be a grade/],
    [["check", "a.md", "--strict"], /strict/],
  ])("refuses %j", (argv, message) => {
    expect(parseCliArguments(argv)).toEqual({ kind: "usage-error", message: expect.stringMatching(message) });
  });
});

describe("line and column of a finding", () => {
  it("counts lines from 1 and columns in characters, not UTF-16 units", () => {
    const place = lineIndex("first\nsecond 🌱 word\n\nlast");
    expect(place(0)).toEqual({ line: 1, column: 1 });
    expect(place(6)).toEqual({ line: 2, column: 1 });
    expect(place("first\nsecond 🌱 ".length)).toEqual({ line: 2, column: 10 });
    expect(place("first\nsecond 🌱 word\n\n".length)).toEqual({ line: 4, column: 1 });
  });
});
