/**
 * Yoast's transition words check: at least 30 % of sentences with a transition word or phrase
 * (under 20 % is a problem). Like Yoast, it judges only posts of 200 words or more.
 */
import { percent, proseSentences, type StructureCheck, type StructureUnit } from "./structure-check";

/** Shorter posts are not judged. */
export const MIN_WORDS_FOR_TRANSITION_CHECK = 200;

export function checkTransitionShare(units: readonly StructureUnit[]): StructureCheck {
  const sentences = proseSentences(units);
  const words = sentences.reduce((sum, sentence) => sum + sentence.words, 0);
  const linked = sentences.filter((sentence) => sentence.hasTransition);
  const share = sentences.length === 0 ? 0 : linked.length / sentences.length;
  const judged = words >= MIN_WORDS_FOR_TRANSITION_CHECK;
  const status = !judged || share >= 0.3 ? "pass" : share >= 0.2 ? "warn" : "fail";
  return {
    id: "transition-share",
    status,
    message: judged
      ? `${percent(share)} of sentences have a transition word such as “however” or “for example” (aim for at least 30%).`
      : `Transition words are judged from ${MIN_WORDS_FOR_TRANSITION_CHECK} words on.`,
    value: share,
    ranges: status === "pass" ? [] : sentences.filter((sentence) => !sentence.hasTransition).map(({ from, to }) => ({ from, to })),
  };
}
