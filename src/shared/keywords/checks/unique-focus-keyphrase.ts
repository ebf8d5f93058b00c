/** Does another of the writer's posts already use the same focus keyphrase? Two posts then compete for one search. */
import type { Keyphrase } from "../keyphrase";
import type { KeywordCheck } from "../keyword-check";

/** Another post's id and its focus keyphrase, read. */
export interface OtherPostKeyphrase {
  readonly id: string;
  readonly keyphrase: Keyphrase;
}

/** The same content words in any order and word form ("exosome research", "research on exosomes"). */
function sameKeyphrase(a: Keyphrase, b: Keyphrase): boolean {
  const key = (keyphrase: Keyphrase): string => [...new Set(keyphrase.stems)].sort().join(" ");
  return a.stems.length > 0 && key(a) === key(b);
}

/** Good when no other post uses the keyphrase, bad naming those that do. */
export function checkUniqueFocusKeyphrase(keyphrase: Keyphrase, others: readonly OtherPostKeyphrase[]): KeywordCheck {
  const id = "unique-focus-keyphrase";
  const same = others.filter((other) => sameKeyphrase(keyphrase, other.keyphrase)).map((other) => other.id);
  if (same.length === 0) return { id, status: "good", message: "No other post uses this focus keyphrase." };
  return { id, status: "bad", message: `Also the focus keyphrase of ${same.join(", ")}. Posts on one keyphrase compete in search: pick another, or merge them.` };
}
