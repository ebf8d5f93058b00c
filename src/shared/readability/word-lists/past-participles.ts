/**
 * Past participles for the passive-voice check: the irregular ones from `english-verbs-irregular`
 * (RosaeNLG, from WordNet), and regular -ed forms of words in the frequency list.
 */
import irregularVerbs from "english-verbs-irregular/dist/verbs.json";
import { frequencyRank } from "./word-frequency";

const irregular: ReadonlySet<string> = new Set(
  Object.values(irregularVerbs as Record<string, string[][]>).flatMap((forms) => forms.map((pair) => pair[1] ?? "")).filter((form) => form !== ""),
);

// -ed words that are not participles of a verb in the list's sense ("indeed", "hundred", "naked").
const NOT_PARTICIPLES: ReadonlySet<string> = new Set(["indeed", "hundred", "naked", "sacred", "wicked", "kindred", "rugged", "ragged", "beloved", "seed", "need", "feed", "speed", "bleed", "breed", "heed", "weed", "greed", "shed", "bed", "red", "wed", "fled", "sled", "bred"]);

/** The verbs an -ed word may come from: "closed" -> close, "stopped" -> stop, "carried" -> carry. */
function regularStems(lower: string): string[] {
  const stem = lower.slice(0, -2);
  return [stem, `${stem}e`, stem.replace(/(.)\1$/, "$1"), stem.replace(/i$/, "y")];
}

/** Whether a lower-case word is a past participle (irregular, or -ed from a known word). */
export function isPastParticiple(lower: string): boolean {
  if (irregular.has(lower)) return true;
  if (!lower.endsWith("ed") || NOT_PARTICIPLES.has(lower)) return false;
  return regularStems(lower).some((stem) => stem.length >= 3 && frequencyRank(stem) !== undefined);
}
