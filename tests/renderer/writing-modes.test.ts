/** Focus mode's paragraph and typewriter mode's recentring, decided from the editor's state alone. */
import { EditorSelection, EditorState } from "@codemirror/state";
import { describe, expect, it } from "vitest";
import { currentParagraph, typewriterMode } from "../../src/renderer/src/editor/writing-modes";

const TEXT = "# Title\n\nOne line\nand its second line\n\nAnother paragraph";

describe("focus mode's current paragraph", () => {
  it("runs from the blank line before the cursor to the blank line after it", () => {
    const state = EditorState.create({ doc: TEXT, selection: EditorSelection.cursor(TEXT.indexOf("second")) });
    expect(currentParagraph(state)).toEqual({ first: 3, last: 4 });
  });

  it("is the line itself on a blank line and at the ends of the post", () => {
    expect(currentParagraph(EditorState.create({ doc: TEXT, selection: EditorSelection.cursor(TEXT.indexOf("\n\nOne") + 1) }))).toEqual({ first: 2, last: 2 });
    expect(currentParagraph(EditorState.create({ doc: TEXT, selection: EditorSelection.cursor(0) }))).toEqual({ first: 1, last: 1 });
    expect(currentParagraph(EditorState.create({ doc: TEXT, selection: EditorSelection.cursor(TEXT.length) }))).toEqual({ first: 6, last: 6 });
  });
});

describe("typewriter mode", () => {
  const state = EditorState.create({ doc: TEXT, extensions: typewriterMode() });

  it("recentres on typing and on moving with the keys", () => {
    expect(state.update({ changes: { from: 0, insert: "x" }, userEvent: "input.type" }).effects).toHaveLength(1);
    expect(state.update({ selection: EditorSelection.cursor(3), userEvent: "select" }).effects).toHaveLength(1);
  });

  it("does not move the text under a click, nor for changes that are not the writer's", () => {
    expect(state.update({ selection: EditorSelection.cursor(3), userEvent: "select.pointer" }).effects).toHaveLength(0);
    expect(state.update({ changes: { from: 0, insert: "x" } }).effects).toHaveLength(0);
  });
});
