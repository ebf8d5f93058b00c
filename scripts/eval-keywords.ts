/**
 * Measures keyword suggestions against people's gold keyphrases: exact-match F1@5 and F1@10
 * after lower-casing and Porter stemming, and the time taken.
 * Run: npm run eval:keywords [-- semeval2010]   (default semeval2017)
 */
import { evaluateKeyphrases, readKeyphraseDataset, type KeyphraseDataset } from "./keyphrase-evaluation";
import { yakeKeyphrases } from "./yake-baseline";
import { suggestKeywords } from "../src/shared/keywords";

/** Published F1@10 on these sets (YAKE paper, Campos et al. 2020), for comparison. */
const PUBLISHED_YAKE_F1_AT_10: Record<KeyphraseDataset, number> = { semeval2017: 32.9, semeval2010: 21.1 };

const dataset: KeyphraseDataset = process.argv[2] === "semeval2010" ? "semeval2010" : "semeval2017";
const records = readKeyphraseDataset(dataset);
const scores = evaluateKeyphrases(records, (text) => suggestKeywords(text, { limit: 10 }).map((suggestion) => suggestion.phrase), [5, 10]);
const percent = (k: number): string => ((scores.f1.get(k) ?? 0) * 100).toFixed(1);
console.log(`${dataset}: ${scores.documents} documents`);
console.log(`F1@5  ${percent(5)}`);
console.log(`F1@10 ${percent(10)}   (published YAKE: ${PUBLISHED_YAKE_F1_AT_10[dataset]})`);
console.log(`time  ${scores.milliseconds.toFixed(0)} ms in all, ${(scores.milliseconds / Math.max(1, scores.documents)).toFixed(2)} ms a document`);
const yake = evaluateKeyphrases(records, (text) => yakeKeyphrases(text, 10), [10]);
console.log(`YAKE alone on the same tokens and protocol (scripts/yake-baseline.ts): F1@10 ${((yake.f1.get(10) ?? 0) * 100).toFixed(1)}`);
