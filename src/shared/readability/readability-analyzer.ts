/**
 * The readability checker with a memory: each paragraph's analysis is kept, keyed by the
 * paragraph's kind and text, so after a keystroke only the paragraph that changed is analysed
 * again; the rest are shifted to where they now sit. The cache holds the last post's units only.
 */
import { analyzeUnit, type UnitAnalysis } from "./analyze-unit";
import { findBodyProseBlocks } from "./prose-blocks";
import { assembleReport, readabilityTarget, type ReadabilityReport, type ReportOptions } from "./readability-report";
import { splitPost } from "../post/front-matter";

/** A readability checker that remembers the paragraphs of the last post it read. */
export interface ReadabilityAnalyzer {
  /** The report of `text` (a whole post, front matter included). */
  report(text: string, options?: ReportOptions): ReadabilityReport;
}

/** A checker with an empty per-paragraph cache; keep one per open post (the worker does). */
export function createReadabilityAnalyzer(): ReadabilityAnalyzer {
  let cache = new Map<string, UnitAnalysis>();
  return {
    report(text, options = {}) {
      const { frontMatter, body, bodyOffset } = splitPost(text);
      const next = new Map<string, UnitAnalysis>();
      const units = findBodyProseBlocks(body, bodyOffset).map((block) => {
        const key = `${block.kind}\n${block.text}`;
        const analysis = next.get(key) ?? cache.get(key) ?? analyzeUnit(block);
        next.set(key, analysis);
        return { block, analysis };
      });
      cache = next;
      return assembleReport(units, readabilityTarget(frontMatter, options));
    },
  };
}

/** The report of one post, without keeping anything (the command line's way). */
export function readabilityReport(text: string, options: ReportOptions = {}): ReadabilityReport {
  return createReadabilityAnalyzer().report(text, options);
}
