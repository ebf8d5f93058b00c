/** Puts a post's unit analyses together into the report a writer sees: counts, scores, grade, marks and checks. */
import type { UnitAnalysis } from "./analyze-unit";
import { sumCounts, type ReadabilityCounts } from "./counts";
import type { Finding, UnitFinding } from "./finding";
import { findUndefinedAcronyms } from "./findings/acronyms";
import { gradeImpact, rankFixFirst, type ImpactBaseline } from "./fix-first";
import { automatedReadabilityIndex } from "./formulas/automated-readability-index";
import { colemanLiau } from "./formulas/coleman-liau";
import { daleChallScore } from "./formulas/dale-chall";
import { fleschKincaidGrade } from "./formulas/flesch-kincaid-grade";
import { fleschReadingEase, readingEaseBand, type ReadingEaseBand } from "./formulas/flesch-reading-ease";
import { gunningFog } from "./formulas/gunning-fog";
import { smog } from "./formulas/smog";
import { headlineGrade } from "./headline-grade";
import { shiftRange, type ProseBlock } from "./prose";
import { checkStructure } from "./structure/check-structure";
import type { StructureCheck } from "./structure/structure-check";
import { READING_WORDS_PER_MINUTE } from "../post/counts";
import type { FrontMatterData } from "../post/front-matter";

/** The grade a post aims for when neither its front matter nor the settings say. */
export const DEFAULT_READABILITY_TARGET = 8;

/** Counts of the running prose (paragraphs and list items; headings are labels and not counted). */
export interface ReadabilityStats {
  readonly words: number;
  readonly sentences: number;
  /** Paragraphs and list items. */
  readonly paragraphs: number;
  readonly syllables: number;
  readonly averageSentenceLength: number;
  /** At 238 words a minute, rounded, at least 1 for any text. */
  readonly readingTimeMinutes: number;
}

/** Every formula's score; null when the post has no sentences. */
export interface ReadabilityScores {
  readonly fleschReadingEase: number | null;
  readonly fleschKincaidGrade: number | null;
  readonly gunningFog: number | null;
  readonly smog: number | null;
  readonly colemanLiau: number | null;
  readonly automatedReadabilityIndex: number | null;
  /** The New Dale–Chall score (not a grade: 4.9 and below is 4th grade, 9.0–9.9 is college). */
  readonly daleChall: number | null;
}

/** The readability of a post, JSON-safe. */
export interface ReadabilityReport {
  readonly stats: ReadabilityStats;
  readonly scores: ReadabilityScores;
  readonly readingEaseBand: ReadingEaseBand | null;
  /** The headline US school grade (see headline-grade.ts); null when there is no prose. */
  readonly grade: number | null;
  /** The grade the writer aims for. */
  readonly target: number;
  /** Every mark, in source order. */
  readonly findings: readonly Finding[];
  /** The marks that would lower the grade, the most helpful first. */
  readonly fixFirst: readonly Finding[];
  readonly checks: readonly StructureCheck[];
}

/** How to read a post. */
export interface ReportOptions {
  /** The writer's setting, used when front matter has no `readability_target` (default 8). */
  readonly target?: number;
}

/** A unit's analysis and where its block sits now. */
export interface PlacedUnit {
  readonly block: ProseBlock;
  readonly analysis: UnitAnalysis;
}

/** `readability_target` from front matter (a number or numeric string), else the setting, else 8. */
export function readabilityTarget(frontMatter: FrontMatterData | null, options: ReportOptions): number {
  const value = frontMatter?.data.readability_target;
  const fromFrontMatter = typeof value === "number" ? value : typeof value === "string" && value.trim() !== "" ? Number(value) : Number.NaN;
  if (Number.isFinite(fromFrontMatter)) return fromFrontMatter;
  return options.target ?? DEFAULT_READABILITY_TARGET;
}

function scoreOrNull(value: number): number | null {
  return Number.isFinite(value) ? value : null;
}

function scores(counts: ReadabilityCounts): ReadabilityScores {
  return {
    fleschReadingEase: scoreOrNull(fleschReadingEase(counts)),
    fleschKincaidGrade: scoreOrNull(fleschKincaidGrade(counts)),
    gunningFog: scoreOrNull(gunningFog(counts)),
    smog: scoreOrNull(smog(counts)),
    colemanLiau: scoreOrNull(colemanLiau(counts)),
    automatedReadabilityIndex: scoreOrNull(automatedReadabilityIndex(counts)),
    daleChall: scoreOrNull(daleChallScore(counts)),
  };
}

/** A unit finding placed in the post, with its grade impact against the post's counts. */
function placeFinding(finding: UnitFinding, offset: number, baseline: ImpactBaseline): Finding {
  const { kind, message, suggestion, grade } = finding;
  const placed: Finding = { kind, from: finding.from + offset, to: finding.to + offset, message, gradeImpact: gradeImpact(baseline, finding) };
  // Optional fields stay absent rather than undefined, so reports compare and serialise cleanly.
  return { ...placed, ...(suggestion === undefined ? {} : { suggestion }), ...(grade === undefined ? {} : { grade }) };
}

/** The report of a post from its placed unit analyses (cheap: no text is read again). */
export function assembleReport(units: readonly PlacedUnit[], target: number): ReadabilityReport {
  const prose = units.filter((unit) => unit.analysis.kind !== "heading");
  const total = sumCounts(prose.map((unit) => unit.analysis.counts));
  const baseline: ImpactBaseline = { total, grade: headlineGrade(total), target };
  const acronyms = prose.flatMap(({ block, analysis }) => analysis.acronyms.map((mention) => shiftRange(mention, block.from)));
  const findings = [
    ...units.flatMap(({ block, analysis }) => analysis.findings.map((finding) => placeFinding(finding, block.from, baseline))),
    ...findUndefinedAcronyms(acronyms).map((finding) => placeFinding(finding, 0, baseline)),
  ].sort((a, b) => a.from - b.from || b.to - a.to);
  const checks = checkStructure(
    units.map(({ block, analysis }) => ({
      kind: analysis.kind,
      from: block.from,
      to: block.to,
      words: analysis.counts.words,
      sentences: analysis.sentences.map((sentence) => shiftRange(sentence, block.from)),
    })),
  );
  return {
    stats: {
      words: total.words,
      sentences: total.sentences,
      paragraphs: prose.length,
      syllables: total.syllables,
      averageSentenceLength: total.sentences === 0 ? 0 : total.words / total.sentences,
      readingTimeMinutes: total.words === 0 ? 0 : Math.max(1, Math.round(total.words / READING_WORDS_PER_MINUTE)),
    },
    scores: scores(total),
    readingEaseBand: readingEaseBand(fleschReadingEase(total)),
    grade: scoreOrNull(baseline.grade),
    target,
    findings,
    fixFirst: rankFixFirst(findings),
    checks,
  };
}
