/**
 * `clearpost check POST.md…`: the readability report of each post from the same engine as the
 * app (src/shared/readability), as text for a writer or as JSON Lines for a build script, with
 * `--max-grade N` to fail a build when a post reads above grade N.
 */
import { readFile } from "node:fs/promises";
import {
  describeGrade,
  type Finding,
  type ReadabilityReport,
  readabilityReport,
  type SourceRange,
  type StructureCheck,
} from "../../shared/readability";
import { type KeywordReport, keywordReport } from "../../shared/keywords";
import { fileStem } from "../../shared/post/fields";
import type { CheckCommand } from "./parse-arguments";
import { lineIndexAt, lineStarts } from "../../shared/sorted-lookup";

/** Where the command writes: one line at a time, to stdout (`out`) and stderr (`err`). */
export interface CheckOutput {
  out(line: string): void;
  err(line: string): void;
}

/** How many findings the text report lists, the ones that lower the grade most first. */
const TOP_FINDINGS = 10;

const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

/** A finding's place as a writer's editor shows it: 1-based line and column (in characters). */
export interface LineColumn {
  readonly line: number;
  readonly column: number;
}

/** Finds lines and columns of offsets in one text. */
export function lineIndex(text: string): (offset: number) => LineColumn {
  const starts = lineStarts(text);
  return (offset) => {
    const low = lineIndexAt(starts, offset);
    const start = starts[low] ?? 0;
    // Columns count characters, not UTF-16 units, as editors do.
    return { line: low + 1, column: [...text.slice(start, offset)].length + 1 };
  };
}

/** Reads a post as UTF-8 text, or says in a writer's words why it cannot. */
async function readPost(file: string): Promise<{ text: string } | { problem: string }> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return { problem: "no such file." };
    if (code === "EISDIR") return { problem: "is a folder, not a post." };
    if (code === "EACCES" || code === "EPERM") return { problem: "cannot be read (permission denied)." };
    return { problem: `cannot be read (${error instanceof Error ? error.message : String(error)}).` };
  }
  try {
    return { text: strictUtf8.decode(bytes) };
  } catch {
    return { problem: "is not UTF-8 text (perhaps Latin-1, Windows-1252 or UTF-16). Convert it to UTF-8 and check it again." };
  }
}

/** The keyword part of a post's JSON record: suggestions best first, and the focus keyphrase's checks. */
function keywordsRecord(keywords: KeywordReport): Record<string, unknown> {
  const checks = (list: KeywordReport["post"]) => list.map(({ id, status, message }) => ({ id, status, message }));
  return {
    suggestions: keywords.suggestions.map(({ phrase, score, count }) => ({ phrase, score, count })),
    focus: keywords.focus === null ? null : { phrase: keywords.focus.phrase, checks: checks(keywords.focus.checks) },
    keywords: keywords.keywords.map((entry) => ({ phrase: entry.phrase, checks: checks(entry.checks) })),
    post: checks(keywords.post),
  };
}

/** The keyword report of the post in `file`, its slug taken from the file name as the app does. */
export function postKeywordReport(file: string, text: string): KeywordReport {
  return keywordReport(text, { slug: fileStem(file.replaceAll("\\", "/")) });
}

/** One post's result as a JSON Lines record. */
export function checkRecord(file: string, text: string, report: ReadabilityReport): Record<string, unknown> {
  const place = lineIndex(text);
  const { stats, scores, grade, target, readingEaseBand } = report;
  return {
    file,
    stats: {
      words: stats.words,
      sentences: stats.sentences,
      paragraphs: stats.paragraphs,
      syllables: stats.syllables,
      averageSentenceLength: stats.averageSentenceLength,
      readingTimeMinutes: stats.readingTimeMinutes,
    },
    scores,
    readingEase: readingEaseBand?.label ?? null,
    grade,
    target,
    findings: report.findings.map((finding) => ({
      kind: finding.kind,
      from: finding.from,
      to: finding.to,
      ...place(finding.from),
      message: finding.message,
      ...(finding.suggestion === undefined ? {} : { suggestion: finding.suggestion }),
      ...(finding.grade === undefined ? {} : { grade: finding.grade }),
      gradeImpact: finding.gradeImpact,
    })),
    checks: report.checks.map((check) => ({
      id: check.id,
      status: check.status,
      message: check.message,
      value: check.value,
      places: check.ranges.map((range) => ({ from: range.from, to: range.to, ...place(range.from) })),
    })),
    keywords: keywordsRecord(postKeywordReport(file, text)),
  };
}

const ONE_DECIMAL = new Intl.NumberFormat("en-US", { maximumFractionDigits: 1 });
const WHOLE = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });

function score(value: number | null): string {
  return value === null ? "–" : ONE_DECIMAL.format(value);
}

const CHECK_ICON: Record<StructureCheck["status"], string> = { pass: "✓ pass", warn: "! warn", fail: "✕ fail" };

function excerpt(text: string, range: SourceRange): string {
  const oneLine = text.slice(range.from, range.to).replace(/\s+/g, " ").trim();
  return oneLine.length <= 60 ? oneLine : `${oneLine.slice(0, 59).trimEnd()}…`;
}

function gradeLine(report: ReadabilityReport): string {
  const { grade, target } = report;
  if (grade === null) return `  No grade: no sentences to read (target: grade ${score(target)}).`;
  const status = grade <= target ? "on target" : `${score(grade - target)} above target`;
  return `  Grade ${score(grade)} — ${describeGrade(grade)} (target ${score(target)}: ${status})`;
}

/** One post's report for a writer, as lines. */
export function checkText(file: string, text: string, report: ReadabilityReport): string[] {
  const place = lineIndex(text);
  const at = (range: SourceRange) => {
    const { line, column } = place(range.from);
    return `${line}:${column}`;
  };
  const { stats, scores, readingEaseBand } = report;
  const lines = [file, gradeLine(report)];
  if (scores.fleschReadingEase !== null && readingEaseBand) {
    lines.push(`  Flesch Reading Ease ${score(scores.fleschReadingEase)} — ${readingEaseBand.label} (${readingEaseBand.level})`);
  }
  lines.push(
    `  Scores: Flesch–Kincaid ${score(scores.fleschKincaidGrade)} · Gunning fog ${score(scores.gunningFog)} · SMOG ${score(scores.smog)} · ` +
      `Coleman–Liau ${score(scores.colemanLiau)} · ARI ${score(scores.automatedReadabilityIndex)} · New Dale–Chall ${score(scores.daleChall)}`,
    `  Counts: ${WHOLE.format(stats.words)} words · ${WHOLE.format(stats.sentences)} sentences · ${WHOLE.format(stats.paragraphs)} paragraphs · ` +
      `${score(stats.averageSentenceLength)} words a sentence · ${stats.readingTimeMinutes} min read`,
    "  Structure:",
    ...report.checks.map((check) => `    ${CHECK_ICON[check.status]}  ${check.message}${check.ranges[0] ? ` (first at ${at(check.ranges[0])})` : ""}`),
  );
  const top = report.fixFirst.slice(0, TOP_FINDINGS);
  lines.push(top.length === 0 ? "  Fix first: nothing would lower the grade much." : "  Fix first:");
  for (const finding of top) lines.push(`    ${at(finding)}  ${finding.message}  “${excerpt(text, finding)}” (−${score(finding.gradeImpact)} grade)`);
  lines.push(`  Marks: ${markCounts(report.findings)}`);
  return lines;
}

function markCounts(findings: readonly Finding[]): string {
  if (findings.length === 0) return "none";
  const counts = new Map<string, number>();
  for (const finding of findings) counts.set(finding.kind, (counts.get(finding.kind) ?? 0) + 1);
  return [...counts].map(([kind, count]) => `${count} ${kind}`).join(", ");
}

/**
 * Calls `each` with the text of every post in argument order, telling stderr which ones cannot be
 * read (the others still run). Resolves true when one could not be read.
 */
export async function forEachReadablePost(files: readonly string[], output: CheckOutput, each: (file: string, text: string) => void): Promise<boolean> {
  let unreadable = false;
  for (const file of files) {
    const read = await readPost(file);
    if ("problem" in read) {
      output.err(`clearpost: ${file}: ${read.problem}`);
      unreadable = true;
    } else {
      each(file, read.text);
    }
  }
  return unreadable;
}

/**
 * Checks every post in argument order. Exit code: 0; 1 when `--max-grade` is given and a post's
 * grade is above it; 2 when a post is missing or unreadable (the others are still checked).
 */
export async function checkPosts(command: CheckCommand, output: CheckOutput): Promise<number> {
  let aboveMax = false;
  let printed = false;
  const unreadable = await forEachReadablePost(command.posts, output, (file, text) => {
    const report = readabilityReport(text, command.target === null ? {} : { target: command.target });
    if (command.json) {
      output.out(JSON.stringify(checkRecord(file, text, report)));
    } else {
      if (printed) output.out("");
      for (const line of checkText(file, text, report)) output.out(line);
    }
    printed = true;
    if (command.maxGrade !== null && report.grade !== null && report.grade > command.maxGrade) {
      aboveMax = true;
      output.err(`clearpost: ${file} reads at grade ${score(report.grade)}, above --max-grade ${score(command.maxGrade)}.`);
    }
  });
  return unreadable ? 2 : aboveMax ? 1 : 0;
}
