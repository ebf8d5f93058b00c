/**
 * Transition words and phrases for the transition-share check. Our own short list, from the
 * categories writing guides teach (addition, contrast, cause, sequence, example, conclusion):
 * Yoast's list is GPL, and no MIT-licensed npm list of English transitions exists.
 */

/** One-word transitions, lower-case. */
export const TRANSITION_WORDS: ReadonlySet<string> = new Set([
  "accordingly", "additionally", "afterwards", "also", "although", "besides", "because", "consequently", "conversely", "finally",
  "first", "firstly", "furthermore", "hence", "however", "instead", "lastly", "likewise", "meanwhile", "moreover", "nevertheless",
  "next", "nonetheless", "otherwise", "second", "secondly", "similarly", "since", "still", "subsequently", "then", "therefore",
  "third", "thirdly", "though", "thus", "ultimately", "unless", "whereas", "while", "yet",
]);

/** Transition phrases, lower-case words separated by single spaces. */
export const TRANSITION_PHRASES: readonly string[] = [
  "above all", "after all", "after that", "all in all", "as a result", "as long as", "as soon as", "as well as", "at first", "at last",
  "at the same time", "by contrast", "even so", "even though", "for example", "for instance", "for this reason", "in addition",
  "in conclusion", "in contrast", "in fact", "in other words", "in short", "in the end", "in the meantime", "of course", "on the contrary",
  "on the other hand", "so that", "such as", "that is why", "to begin with", "to sum up",
];

const phraseWords = TRANSITION_PHRASES.map((phrase) => phrase.split(" "));

/** Whether a sentence's lower-case words contain a transition word or phrase. */
export function containsTransition(lowerWords: readonly string[]): boolean {
  return lowerWords.some(
    (word, index) => TRANSITION_WORDS.has(word) || phraseWords.some((phrase) => phrase[0] === word && phrase.every((part, k) => lowerWords[index + k] === part)),
  );
}
