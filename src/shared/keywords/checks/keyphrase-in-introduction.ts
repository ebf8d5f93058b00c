/** Is the keyphrase in the first paragraph, which tells readers and search engines what the post is about? */
import { countKeyphrase, type Keyphrase } from "../keyphrase";
import type { KeywordCheck } from "../keyword-check";
import type { PostOutline } from "../post-outline";

/** Good when one sentence of the first paragraph has it, ok when its words are spread over the paragraph, bad otherwise. */
export function checkKeyphraseInIntroduction(keyphrase: Keyphrase, outline: PostOutline): KeywordCheck {
  const id = "keyphrase-in-introduction";
  const intro = outline.units.find((unit) => unit.kind === "paragraph");
  if (!intro) return { id, status: "bad", message: "Write an introduction (a first paragraph) that names the keyphrase." };
  const sentence = intro.sentences.find((candidate) => countKeyphrase(candidate.contentStems, keyphrase) > 0);
  if (sentence) return { id, status: "good", message: "The introduction names the keyphrase.", ranges: [{ from: sentence.from, to: sentence.to }] };
  const range = [{ from: intro.from, to: intro.to }];
  if (countKeyphrase(intro.sentences.flatMap((candidate) => candidate.contentStems), keyphrase) > 0) {
    return { id, status: "ok", message: "The keyphrase's words are in the introduction, but not in one sentence. Name it in one.", ranges: range };
  }
  return { id, status: "bad", message: "The introduction does not name the keyphrase. Say what the post is about in its first paragraph.", ranges: range };
}
