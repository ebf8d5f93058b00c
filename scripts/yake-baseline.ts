/**
 * YAKE alone, as the paper defines it, on the engine's own tokens: every run of one to three
 * words that neither starts nor ends on a stopword and holds no number is a candidate, ranked by
 * the paper's score (src/shared/keywords/yake.ts) and nothing else. `npm run eval:keywords`
 * prints its F1 beside ours, so the published YAKE figure can be compared with YAKE measured
 * under our protocol.
 */
import { findBodyProseBlocks } from "../src/shared/readability";
import { gatherStatistics, type PhraseStatistics } from "../src/shared/keywords/document-statistics";
import type { KeywordWord } from "../src/shared/keywords/keyword-word";
import { readUnitWords } from "../src/shared/keywords/unit-words";
import { scorePhrase, scoreTerms } from "../src/shared/keywords/yake";
import { splitPost } from "../src/shared/post/front-matter";

/** The paper's longest candidate, in words. */
const YAKE_MAX_WORDS = 3;

/** The candidate n-grams of a run of words, keyed by their stems, with their counts. */
function addCandidates(candidates: Map<string, PhraseStatistics>, run: readonly KeywordWord[]): void {
  for (let start = 0; start < run.length; start++) {
    for (let length = 1; length <= YAKE_MAX_WORDS && start + length <= run.length; length++) {
      const words = run.slice(start, start + length);
      if (words[0]?.stopword || words[length - 1]?.stopword || words.some((word) => word.number)) continue;
      const key = words.map((word) => word.stem).join(" ");
      const candidate = candidates.get(key) ?? {
        stems: words.map((word) => word.stem),
        stopwords: words.map((word) => word.stopword),
        count: 0,
        maximal: true,
        containers: new Set<string>(),
        forms: new Map([[words.map((word) => word.lower).join(" "), 1]]),
        ranges: [],
        informativeness: 1,
        inHeading: false,
        inIntro: false,
        emphasized: false,
        introducedAcronym: false,
      };
      candidate.count++;
      candidates.set(key, candidate);
    }
  }
}

/** The `limit` best YAKE candidates of a plain text, best first. */
export function yakeKeyphrases(text: string, limit: number): string[] {
  const post = splitPost(text);
  const units = findBodyProseBlocks(post.body, post.bodyOffset).map((block) => ({ words: readUnitWords(block), from: block.from }));
  const statistics = gatherStatistics(units);
  const termScores = scoreTerms(statistics);
  const candidates = new Map<string, PhraseStatistics>();
  for (const { words } of units) for (const sentence of words.sentences) for (const run of sentence.runs) addCandidates(candidates, run);
  return [...candidates.values()]
    .map((candidate) => ({ form: [...candidate.forms.keys()][0] ?? "", score: scorePhrase(candidate, termScores, statistics) }))
    .sort((a, b) => a.score - b.score)
    .slice(0, limit)
    .map((candidate) => candidate.form);
}
