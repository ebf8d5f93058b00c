/**
 * Turns a post into prose units, sentences and words with source offsets. A unit is tokenized
 * from its own text alone, so results can be cached per unit and shifted to where it now sits.
 */
import { findProseBlocks } from "./prose-blocks";
import { shiftRange, type ProseBlock, type ProseSentence, type ProseUnit } from "./prose";
import { splitSentences } from "./sentences";
import { findWords } from "./words";

/** A block's sentences and words, with offsets relative to the block's start. */
export function tokenizeBlock(block: Pick<ProseBlock, "text">): ProseSentence[] {
  return splitSentences(block.text)
    .map((range) => ({ ...range, words: findWords(block.text, range.from, range.to) }))
    .filter((sentence) => sentence.words.length > 0);
}

/** Moves a block's relative sentences to source offsets. */
export function placeSentences(sentences: readonly ProseSentence[], offset: number): ProseSentence[] {
  return sentences.map((sentence) => ({ ...shiftRange(sentence, offset), words: sentence.words.map((word) => shiftRange(word, offset)) }));
}

/**
 * The prose of a whole post (front matter included in `text`, and skipped): paragraphs,
 * headings and list items, each split into sentences and words, with offsets into `text`.
 */
export function tokenize(text: string): ProseUnit[] {
  return findProseBlocks(text)
    .map((block) => ({ kind: block.kind, from: block.from, to: block.to, sentences: placeSentences(tokenizeBlock(block), block.from) }))
    .filter((unit) => unit.sentences.length > 0);
}
