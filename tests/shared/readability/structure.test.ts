import { describe, expect, it } from "vitest";
import { readabilityReport, type StructureCheckId } from "../../../src/shared/readability";

/** A sentence of `n` words (n ≥ 2) that starts with `first` and has no transition or passive. */
function sentence(n: number, first = "Cats"): string {
  return `${first} ${Array.from({ length: n - 1 }, () => "sleep").join(" ")}.`;
}

/** Sentences with distinct first words, so no run of repeated starts forms. */
function varied(sentences: readonly ((first: string) => string)[]): string {
  const firsts = ["Cats", "Dogs", "Birds", "Fish", "Cows"];
  return sentences.map((make, index) => make(firsts[index % firsts.length] ?? "Cats")).join(" ");
}

function check(source: string, id: StructureCheckId): { status: string; value: number; ranges: number } {
  const found = readabilityReport(source).checks.find((c) => c.id === id);
  if (!found) throw new Error(`no ${id} check`);
  return { status: found.status, value: found.value, ranges: found.ranges.length };
}

describe("structure checks, at and around their thresholds", () => {
  it.each([
    [25, "pass"],
    [26, "warn"],
    [30, "warn"],
    [31, "fail"],
  ])("long sentences: %d of 100 sentences over 20 words is %s", (long, status) => {
    const source = varied(Array.from({ length: 100 }, (_, i) => (first: string) => sentence(i < long ? 21 : 20, first)));
    expect(check(source, "long-sentences")).toMatchObject({ status, value: long / 100 });
  });

  it.each([
    [150, "pass"],
    [151, "warn"],
    [200, "warn"],
    [201, "fail"],
  ])("long paragraphs: a paragraph of %d words is %s", (words, status) => {
    const source = `${sentence(words - 10)} ${sentence(10, "Dogs")}\n\nA short one.`;
    expect(check(source, "long-paragraphs")).toMatchObject({ status, ranges: status === "pass" ? 0 : 1 });
  });

  it.each([
    [300, "pass"],
    [301, "warn"],
    [350, "warn"],
    [351, "fail"],
  ])("subheadings: %d words without a subheading is %s", (words, status) => {
    const paragraphs = Array.from({ length: Math.floor(words / 100) }, () => varied([(f) => sentence(50, f), (f) => sentence(50, f)]));
    const rest = words % 100;
    const source = `# Title\n\n${[...paragraphs, ...(rest > 0 ? [sentence(rest, "Owls")] : [])].join("\n\n")}\n\n## Next\n\n${sentence(20)}`;
    expect(check(source, "subheading-distribution").status).toBe(status);
  });

  it("subheadings: counts each stretch between headings on its own", () => {
    const stretch = Array.from({ length: 3 }, () => varied([(f) => sentence(50, f), (f) => sentence(50, f)])).join("\n\n");
    expect(check(`${stretch}\n\n## Middle\n\n${stretch}`, "subheading-distribution").status).toBe("pass");
  });

  it.each([
    [10, 1, "pass"],
    [20, 3, "warn"],
    [25, 4, "fail"],
  ])("passive voice: %d sentences with %d passive is %s", (total, passive, status) => {
    const source = varied(Array.from({ length: total }, (_, i) => (first: string) => (i < passive ? `${first} were seen by us.` : sentence(6, first))));
    expect(check(source, "passive-share")).toMatchObject({ status, value: passive / total });
  });

  it.each([
    [3, "pass"],
    [2, "warn"],
    [1, "fail"],
  ])("transition words: %d of 10 long sentences with one is %s", (linked, status) => {
    const source = varied(Array.from({ length: 10 }, (_, i) => (first: string) => (i < linked ? `However, ${sentence(22, first.toLowerCase())}` : sentence(22, first))));
    expect(check(source, "transition-share")).toMatchObject({ status, value: linked / 10 });
  });

  it("transition words: does not judge a post under 200 words", () => {
    expect(check(varied(Array.from({ length: 9 }, () => (first: string) => sentence(20, first))), "transition-share").status).toBe("pass");
  });

  it.each([
    [2, "pass", 0],
    [3, "fail", 1],
  ])("sentence starts: %d sentences in a row starting alike is %s", (run, status, ranges) => {
    const source = `${Array.from({ length: run }, () => sentence(5, "Then")).join(" ")} ${sentence(5, "Cats")}`;
    expect(check(source, "repeated-sentence-starts")).toMatchObject({ status, ranges });
  });

  it("sentence starts: a heading breaks the run and the range covers the run", () => {
    const split = `${sentence(5, "Then")} ${sentence(5, "Then")}\n\n## Break\n\n${sentence(5, "Then")}`;
    expect(check(split, "repeated-sentence-starts").status).toBe("pass");
    const run = `${sentence(5, "Then")}\n\n${sentence(5, "Then")} ${sentence(5, "Then")} Cats sleep.`;
    const found = readabilityReport(run).checks.find((c) => c.id === "repeated-sentence-starts");
    expect(found?.ranges.map((range) => run.slice(range.from, range.to))).toEqual([run.slice(0, run.indexOf(" Cats"))]);
  });
});
