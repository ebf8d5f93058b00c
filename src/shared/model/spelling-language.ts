/**
 * Which language the spellchecker uses: the post's own `lang` when it has one, else the writer's
 * setting; nothing when spelling is off. Pure, so the desktop app's choice is tested without Electron.
 */
import type { SpellingChoice } from "./settings";

/** The language tag to check the open post in, or null when spelling is off. */
export function spellingLanguage(choice: SpellingChoice, postLang: string | null): string | null {
  if (choice === "off") return null;
  return postLang?.trim() || choice;
}

/**
 * The dictionary among `available` that fits `tag`: the same tag ("en-GB"), else its language
 * alone ("de" for "de-AT"), else the first dictionary of that language ("en-US" for "en").
 * Null when none fits: Electron refuses languages it has no dictionary for.
 */
export function matchDictionary(tag: string, available: readonly string[]): string | null {
  const wanted = tag.toLowerCase().replace("_", "-");
  const base = wanted.split("-")[0] ?? wanted;
  const byTag = (candidate: string) => candidate.toLowerCase().replace("_", "-");
  return (
    available.find((candidate) => byTag(candidate) === wanted) ??
    available.find((candidate) => byTag(candidate) === base) ??
    available.find((candidate) => byTag(candidate).split("-")[0] === base) ??
    null
  );
}
