/**
 * A keyphrase as the checks match it: the stems of its content words. A sentence contains the
 * keyphrase when it has every content stem, in any order, with other words between ("research
 * on exosomes" contains "exosome research"), as Yoast matches; not as a raw substring.
 */
import { readUnitWords } from "./unit-words";

/** A focus keyphrase or keyword, ready to match. */
export interface Keyphrase {
  /** As the writer typed it, trimmed. */
  readonly phrase: string;
  /** Stems of its content words, in order (of all its words when it has no content word). */
  readonly stems: readonly string[];
}

/** The content stems of plain text (a title, a description, an alt text), sentence by sentence. */
export function plainTextStems(text: string): string[][] {
  return readUnitWords({ kind: "paragraph", text }).sentences.map((sentence) => [...sentence.contentStems]);
}

/** Reads a keyphrase. */
export function readKeyphrase(phrase: string): Keyphrase {
  const trimmed = phrase.trim();
  const words = readUnitWords({ kind: "paragraph", text: trimmed }).sentences.flatMap((sentence) => sentence.runs.flat());
  const content = words.filter((word) => !word.stopword && !word.number);
  return { phrase: trimmed, stems: (content.length > 0 ? content : words).map((word) => word.stem) };
}

/** How many times a sentence (its content stems) contains the keyphrase: the fewest of any of its stems. */
export function countKeyphrase(sentenceStems: readonly string[], keyphrase: Keyphrase): number {
  if (keyphrase.stems.length === 0) return 0;
  const needed = new Map<string, number>();
  for (const stem of keyphrase.stems) needed.set(stem, (needed.get(stem) ?? 0) + 1);
  let times = Number.POSITIVE_INFINITY;
  for (const [stem, count] of needed) {
    let found = 0;
    for (const other of sentenceStems) if (other === stem) found++;
    times = Math.min(times, Math.floor(found / count));
  }
  return times;
}

/** Whether any sentence of plain text contains the keyphrase. */
export function plainTextContains(text: string, keyphrase: Keyphrase): boolean {
  return plainTextStems(text).some((stems) => countKeyphrase(stems, keyphrase) > 0);
}
