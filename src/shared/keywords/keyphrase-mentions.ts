/** Where a keyphrase is mentioned in a post's body, sentence by sentence: what density and distribution read. */
import { countKeyphrase, type Keyphrase } from "./keyphrase";
import type { OutlineSentence, PostOutline } from "./post-outline";

/** One sentence of the body (headings included) and how often it mentions the keyphrase. */
export interface SentenceMentions {
  readonly sentence: OutlineSentence;
  readonly mentions: number;
}

/** Every sentence of the body, in order, with its mentions. */
export function findMentions(keyphrase: Keyphrase, outline: PostOutline): SentenceMentions[] {
  return outline.units.flatMap((unit) => unit.sentences.map((sentence) => ({ sentence, mentions: countKeyphrase(sentence.contentStems, keyphrase) })));
}
