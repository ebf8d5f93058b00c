/**
 * The CommonMark spec (0.31.2, the `commonmark-spec` package) through our renderer with all its
 * plugins. Every example that fails must fail because of one of our deliberate choices: the test
 * proves it by turning that one feature off and seeing the example pass. The summary it prints is
 * the figure quoted in the README and the report.
 */
import { createRequire } from "node:module";
import type { MarkdownIt } from "markdown-it";
import { describe, expect, it } from "vitest";
import { createMarkdownRenderer } from "../../../src/shared/markdown/create-markdown-renderer";

interface SpecExample {
  readonly markdown: string;
  readonly html: string;
  readonly section: string;
  readonly number: number;
}

/** The spec shows tabs as `→`, as its own runner does; they are tabs in both input and output. */
const EXAMPLES = (createRequire(import.meta.url)("commonmark-spec") as { tests: readonly SpecExample[] }).tests.map((example) => ({
  ...example,
  markdown: example.markdown.replace(/→/g, "\t"),
  html: example.html.replace(/→/g, "\t"),
}));

/**
 * Like the spec's own runner, compares HTML without the differences that do not change the page:
 * XHTML-style void elements (`<br />`, ours are HTML5 `<br>`) and a line break between two tags.
 */
const normalize = (html: string) => html.replace(/\s*\/>/g, ">").replace(/>\n</g, "><");

/** Our deliberate additions to CommonMark, each with the way to switch it off again. */
const CHOICES: Readonly<Record<string, (md: MarkdownIt) => void>> = {
  "heading ids (markdown-it-anchor)": (md) => md.disable("anchor"),
  "typographer (smart quotes, dashes, ellipses)": (md) => md.set({ typographer: false }),
  "autolinks (linkify, www.)": (md) => md.set({ linkify: false }),
  "GitHub tables": (md) => md.disable("table"),
  "strikethrough": (md) => md.disable("strikethrough"),
  "footnotes": (md) => {
    md.disable(["footnote_def", "footnote_inline", "footnote_ref", "footnote_tail"]);
  },
  "task lists": (md) => md.disable("task_lists"),
  "syntax highlighting": (md) => md.set({ highlight: null }),
};

function renderWithout(choices: readonly string[], markdown: string): string {
  const md = createMarkdownRenderer();
  for (const choice of choices) CHOICES[choice]?.(md);
  return normalize(md.render(markdown));
}

/** The one choice (or, failing that, the smallest set of them) that makes `example` pass when switched off. */
function explain(example: SpecExample): string | null {
  const expected = normalize(example.html);
  const names = Object.keys(CHOICES);
  for (const name of names) if (renderWithout([name], example.markdown) === expected) return name;
  for (const [i, a] of names.entries()) {
    for (const b of names.slice(i + 1)) if (renderWithout([a, b], example.markdown) === expected) return `${a} + ${b}`;
  }
  return null;
}

describe("the CommonMark spec through our renderer", () => {
  const md = createMarkdownRenderer();
  const failures = EXAMPLES.filter((example) => normalize(md.render(example.markdown)) !== normalize(example.html));
  const explained = failures.map((example) => ({ example, reason: explain(example) }));

  it("passes every example that none of our deliberate choices changes", () => {
    const byReason = new Map<string, number[]>();
    for (const { example, reason } of explained) byReason.set(reason ?? "unexplained", [...(byReason.get(reason ?? "unexplained") ?? []), example.number]);
    const lines = [`CommonMark ${EXAMPLES.length - failures.length} / ${EXAMPLES.length} examples pass unchanged.`];
    for (const [reason, numbers] of [...byReason].sort((a, b) => b[1].length - a[1].length)) {
      lines.push(`  ${numbers.length} changed by ${reason}: ${numbers.join(", ")}`);
    }
    console.log(lines.join("\n"));
    expect(byReason.get("unexplained") ?? []).toEqual([]);
  });

  it("passes all 652 examples with our additions switched off", () => {
    const plain = createMarkdownRenderer();
    for (const choice of Object.values(CHOICES)) choice(plain);
    const failing = EXAMPLES.filter((example) => normalize(plain.render(example.markdown)) !== normalize(example.html)).map((example) => example.number);
    expect(failing).toEqual([]);
  });
});
