import { describe, expect, it } from "vitest";
import { type ContextMenuFacts, contextMenuTemplate } from "../../src/main/electron/context-menu-template";

const ALL_EDITS = { canCut: true, canCopy: true, canPaste: true, canSelectAll: true };
const inEditor = (facts: Partial<ContextMenuFacts>): ContextMenuFacts => ({
  misspelledWord: "",
  dictionarySuggestions: [],
  isEditable: true,
  selectionText: "",
  editFlags: ALL_EDITS,
  ...facts,
});

/** What the writer reads in the menu: labels, roles, separators as "-", greyed items in brackets. */
function shown(facts: ContextMenuFacts, done: string[] = []) {
  const menu = contextMenuTemplate(facts, { replaceMisspelling: (word) => done.push(`replace ${word}`), addToDictionary: (word) => done.push(`add ${word}`) });
  const labels = menu.map((item) => {
    const name = item.type === "separator" ? "-" : (item.label ?? item.role ?? "?");
    return item.enabled === false ? `(${name})` : name;
  });
  return { menu, labels };
}

describe("contextMenuTemplate", () => {
  it("offers the dictionary's suggestions for a misspelled word, and replaces it with the one chosen", () => {
    const done: string[] = [];
    const { menu, labels } = shown(inEditor({ misspelledWord: "teh", dictionarySuggestions: ["the", "tech", "ten"] }), done);
    expect(labels).toEqual(["the", "tech", "ten", "-", "Add to dictionary", "-", "cut", "copy", "paste", "-", "selectAll"]);
    menu[1]?.click?.({} as never, undefined, {} as never);
    menu[4]?.click?.({} as never, undefined, {} as never);
    expect(done).toEqual(["replace tech", "add teh"]);
  });

  it("says there are no suggestions rather than showing nothing", () => {
    expect(shown(inEditor({ misspelledWord: "Clearpost" })).labels.slice(0, 3)).toEqual(["(No suggestions)", "-", "Add to dictionary"]);
  });

  it("keeps the list short when the dictionary has many suggestions", () => {
    const suggestions = ["a", "b", "c", "d", "e", "f", "g", "h"];
    expect(shown(inEditor({ misspelledWord: "x", dictionarySuggestions: suggestions })).labels.indexOf("-")).toBe(6);
  });

  it("greys out what cannot be done at the click", () => {
    expect(shown(inEditor({ editFlags: { canCut: false, canCopy: false, canPaste: true, canSelectAll: true } })).labels).toEqual(["(cut)", "(copy)", "paste", "-", "selectAll"]);
  });

  it("offers Copy over selected text outside the editor, and no menu over plain text", () => {
    expect(shown(inEditor({ isEditable: false, selectionText: "Grade 8" })).labels).toEqual(["copy"]);
    expect(shown(inEditor({ isEditable: false })).labels).toEqual([]);
  });
});
