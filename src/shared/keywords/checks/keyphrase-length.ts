/** Is the keyphrase a phrase people search for: one to four content words? */
import type { Keyphrase } from "../keyphrase";
import type { KeywordCheck } from "../keyword-check";

/** Yoast's bounds on content words: up to `good` is good, up to `ok` is ok. */
export const KEYPHRASE_WORDS = { good: 4, ok: 8 } as const;

/** Good for 1–4 content words, ok for 5–8, bad for more or for an empty keyphrase. */
export function checkKeyphraseLength(keyphrase: Keyphrase): KeywordCheck {
  const id = "keyphrase-length";
  const words = keyphrase.stems.length;
  if (words === 0) return { id, status: "bad", message: "Set a focus keyphrase: the words you want the post to be found for." };
  const counted = `The keyphrase has ${words} content ${words === 1 ? "word" : "words"}`;
  if (words <= KEYPHRASE_WORDS.good) return { id, status: "good", message: `${counted}.` };
  if (words <= KEYPHRASE_WORDS.ok) return { id, status: "ok", message: `${counted}; ${KEYPHRASE_WORDS.good} or fewer is what people search for.` };
  return { id, status: "bad", message: `${counted}: too long to be searched for. Keep it to ${KEYPHRASE_WORDS.good} or fewer.` };
}
