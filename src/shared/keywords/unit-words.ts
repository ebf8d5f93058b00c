/**
 * The keyword engine's view of one prose unit: its sentences from the readability tokenizer,
 * each word read (see keyword-word.ts), the sentence cut into runs wherever punctuation stands
 * between words, and the phrase spans a suggestion may be. Depends only on the unit's kind and
 * text, so the analyzer keeps it for every paragraph a keystroke did not touch.
 */
import { findEmphasis } from "./emphasis";
import { readWord, type KeywordWord } from "./keyword-word";
import { findPhrases, type PhraseSpan } from "./phrase-spans";
import { tokenizeBlock, type ProseBlock, type ProseUnitKind, type SourceRange } from "../readability";

/** A sentence's words, cut into runs at punctuation, and its phrase spans. */
export interface KeywordSentence extends SourceRange {
  readonly runs: readonly (readonly KeywordWord[])[];
  readonly phrases: readonly PhraseSpan[];
  /** Stems of its content words (stopwords and numbers left out), in order: what keyphrase checks match. */
  readonly contentStems: readonly string[];
  /** All its words. */
  readonly wordCount: number;
}

/** One unit as the keyword engine reads it. */
export interface UnitWords {
  readonly kind: ProseUnitKind;
  readonly sentences: readonly KeywordSentence[];
}

// Between two words of a phrase there may be spaces, line breaks and emphasis markers, nothing else.
const JOINING_GAP = /^[ \t\n*_~]*$/;

/** Reads a unit (offsets relative to its start). */
export function readUnitWords(block: Pick<ProseBlock, "kind" | "text">): UnitWords {
  const emphasis = findEmphasis(block.text);
  const sentences = tokenizeBlock(block).map((sentence) => {
    const runs: KeywordWord[][] = [];
    let run: KeywordWord[] = [];
    sentence.words.forEach((token, index) => {
      const word = readWord(token, block.text, index === 0, block.kind, emphasis);
      const previous = run[run.length - 1];
      if (previous && !JOINING_GAP.test(block.text.slice(previous.to, word.from))) {
        runs.push(run);
        run = [];
      }
      run.push(word);
    });
    if (run.length > 0) runs.push(run);
    const contentStems = runs.flat().filter((word) => !word.stopword && !word.number).map((word) => word.stem);
    return { from: sentence.from, to: sentence.to, runs, phrases: findPhrases(runs), contentStems, wordCount: sentence.words.length };
  });
  return { kind: block.kind, sentences };
}
