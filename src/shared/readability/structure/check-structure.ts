/** Runs every structure check over a post, in the order a writer reads them. */
import { checkLongParagraphs } from "./long-paragraphs";
import { checkLongSentences } from "./long-sentences";
import { checkPassiveShare } from "./passive-share";
import { checkRepeatedSentenceStarts } from "./repeated-sentence-starts";
import type { StructureCheck, StructureUnit } from "./structure-check";
import { checkSubheadingDistribution } from "./subheading-distribution";
import { checkTransitionShare } from "./transition-share";

const CHECKS = [checkLongSentences, checkLongParagraphs, checkSubheadingDistribution, checkPassiveShare, checkTransitionShare, checkRepeatedSentenceStarts] as const;

/** All structure checks of a post's units. */
export function checkStructure(units: readonly StructureUnit[]): StructureCheck[] {
  return CHECKS.map((check) => check(units));
}
