/**
 * What a blog post tells about its topic beyond word statistics: the title, the headings, the
 * introduction and the writer's emphasis. Each adds to a phrase's weight. There is no labelled
 * blog data to fit these weights on, so they are judgement: the title counts most, as in search
 * engines. On plain text (the evaluation data) every signal is off and the score is YAKE's.
 */
import type { DocumentStatistics, PhraseStatistics } from "./document-statistics";

/** How much each signal adds to a phrase's weight (0 = none). */
export const BLOG_SIGNAL_WEIGHTS = { title: 1, headings: 0.5, intro: 0.25, emphasis: 0.25 } as const;

/** Whether every content word of the phrase is in the title (given as its stems). */
export function isInTitle(phrase: PhraseStatistics, titleStems: ReadonlySet<string>): boolean {
  return titleStems.size > 0 && phrase.stems.every((stem, index) => phrase.stopwords[index] || titleStems.has(stem));
}

/** Whether the phrase is in the introduction, which only stands out from a post of more than one paragraph. */
export function isInIntro(phrase: PhraseStatistics, statistics: DocumentStatistics): boolean {
  return phrase.inIntro && statistics.paragraphCount > 1;
}

/** The factor (1 or more) a phrase's weight is multiplied by. */
export function blogSignalBoost(phrase: PhraseStatistics, statistics: DocumentStatistics, titleStems: ReadonlySet<string>): number {
  const { title, headings, intro, emphasis } = BLOG_SIGNAL_WEIGHTS;
  return (
    1 +
    (isInTitle(phrase, titleStems) ? title : 0) +
    (phrase.inHeading ? headings : 0) +
    (isInIntro(phrase, statistics) ? intro : 0) +
    (phrase.emphasized ? emphasis : 0)
  );
}
