/**
 * The right-click menu: spelling suggestions and "Add to dictionary" over a misspelled word, then
 * Cut, Copy, Paste and Select All, built from the click's facts alone (types only from
 * Electron), so it is tested without Electron.
 */
import type { MenuItemConstructorOptions } from "electron";

/** What Electron's `context-menu` event says about the click that the menu depends on. */
export interface ContextMenuFacts {
  readonly misspelledWord: string;
  readonly dictionarySuggestions: readonly string[];
  readonly isEditable: boolean;
  readonly selectionText: string;
  readonly editFlags: { readonly canCut: boolean; readonly canCopy: boolean; readonly canPaste: boolean; readonly canSelectAll: boolean };
}

/** What the spelling items do to the page. */
export interface SpellingActions {
  replaceMisspelling(word: string): void;
  addToDictionary(word: string): void;
}

/** Enough suggestions to find the right one without a menu taller than the window. */
const MAX_SUGGESTIONS = 6;

/** The menu for a click; empty when there is nothing to offer (a click on plain, unselected text). */
export function contextMenuTemplate(facts: ContextMenuFacts, spelling: SpellingActions): MenuItemConstructorOptions[] {
  const spellingItems: MenuItemConstructorOptions[] = [];
  if (facts.isEditable && facts.misspelledWord !== "") {
    const suggestions = facts.dictionarySuggestions.slice(0, MAX_SUGGESTIONS);
    for (const suggestion of suggestions) spellingItems.push({ label: suggestion, click: () => spelling.replaceMisspelling(suggestion) });
    if (suggestions.length === 0) spellingItems.push({ label: "No suggestions", enabled: false });
    const word = facts.misspelledWord;
    spellingItems.push({ type: "separator" }, { label: "Add to dictionary", click: () => spelling.addToDictionary(word) }, { type: "separator" });
  }
  const { editFlags } = facts;
  if (facts.isEditable) {
    return [
      ...spellingItems,
      { role: "cut", enabled: editFlags.canCut },
      { role: "copy", enabled: editFlags.canCopy },
      { role: "paste", enabled: editFlags.canPaste },
      { type: "separator" },
      { role: "selectAll", enabled: editFlags.canSelectAll },
    ];
  }
  return facts.selectionText.trim() === "" ? [] : [{ role: "copy", enabled: editFlags.canCopy }];
}
