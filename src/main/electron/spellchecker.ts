/** Points Chromium's built-in spellchecker at one language, or turns it off. */
import type { Session } from "electron";
import { matchDictionary } from "../../shared/model/spelling-language";

/**
 * The services' `spellIn` for `session`. On macOS the system's spellchecker picks the language
 * itself and Electron lists no dictionaries, so only on/off applies there; elsewhere a language
 * without a dictionary leaves the current one, since Electron refuses unknown languages.
 */
export function spellcheckerFor(session: Session): (language: string | null) => void {
  return (language) => {
    session.setSpellCheckerEnabled(language !== null);
    if (language === null) return;
    const dictionary = matchDictionary(language, session.availableSpellCheckerLanguages);
    if (dictionary !== null) session.setSpellCheckerLanguages([dictionary]);
  };
}
