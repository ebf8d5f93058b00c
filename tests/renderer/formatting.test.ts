/** The Format commands as a writer relies on them: wrap and unwrap, headings, lists and quotes over several lines, and lists that continue on Enter. */
import { insertNewlineContinueMarkup, markdown } from "@codemirror/lang-markdown";
import { EditorSelection, EditorState, type TransactionSpec } from "@codemirror/state";
import { describe, expect, it } from "vitest";
import { insertLink, toggleInlineMarkup } from "../../src/renderer/src/editor/inline-markup";
import { setHeadingLevel, toggleLineBlock } from "../../src/renderer/src/editor/line-markup";

/**
 * A state from text where `[` and `]` mark the selection (or `|` the cursor), and the same
 * notation for the result, so a test reads as before and after.
 */
function stateOf(marked: string): EditorState {
  const cursor = marked.indexOf("|");
  if (cursor >= 0) return EditorState.create({ doc: marked.replace("|", ""), selection: EditorSelection.cursor(cursor), extensions: markdown() });
  const from = marked.indexOf("[");
  const to = marked.indexOf("]") - 1;
  return EditorState.create({ doc: marked.replace("[", "").replace("]", ""), selection: EditorSelection.range(from, to), extensions: markdown() });
}

function marked(state: EditorState): string {
  const { from, to, empty } = state.selection.main;
  const text = state.doc.toString();
  return empty ? `${text.slice(0, from)}|${text.slice(from)}` : `${text.slice(0, from)}[${text.slice(from, to)}]${text.slice(to)}`;
}

function apply(before: string, transform: (state: EditorState) => TransactionSpec): string {
  const state = stateOf(before);
  return marked(state.update(transform(state)).state);
}

const bold = (state: EditorState) => toggleInlineMarkup(state, "**");
const italic = (state: EditorState) => toggleInlineMarkup(state, "*");

describe("bold, italic and inline code", () => {
  it("wraps the selection and keeps it selected", () => {
    expect(apply("a [few words] here", bold)).toBe("a **[few words]** here");
  });

  it("unwraps bold text whether or not the markers are selected", () => {
    expect(apply("a **[few words]** here", bold)).toBe("a [few words] here");
    expect(apply("a [**few words**] here", bold)).toBe("a [few words] here");
  });

  it("works on the word at the cursor", () => {
    expect(apply("one tw|o three", bold)).toBe("one **tw|o** three");
    expect(apply("one **tw|o** three", bold)).toBe("one tw|o three");
  });

  it("inserts empty markers with the cursor between, and takes them away again", () => {
    expect(apply("end. |", bold)).toBe("end. **|**");
    expect(apply("end. **|**", bold)).toBe("end. |");
  });

  it("leaves spaces at the ends of the selection outside the markers", () => {
    expect(apply("a [word ]here", bold)).toBe("a **[word]** here");
  });

  it("tells italic from bold", () => {
    expect(apply("a **[word]** b", italic)).toBe("a ***[word]*** b");
    expect(apply("a ***[word]*** b", italic)).toBe("a **[word]** b");
    expect(apply("a ***[word]*** b", bold)).toBe("a *[word]* b");
  });

  it("wraps inline code in backticks", () => {
    expect(apply("run [npm test] now", (state) => toggleInlineMarkup(state, "`"))).toBe("run `[npm test]` now");
  });
});

describe("links", () => {
  it("makes selected text a link with the address selected to type", () => {
    // The outer brackets are the link's; the inner ones mark the selection.
    expect(apply("see [the docs] now", insertLink)).toBe("see [the docs]([url]) now");
  });

  it("makes a selected address the link's address, with the text selected", () => {
    expect(apply("see [https://example.com/a] now", insertLink)).toBe("see [[link text]](https://example.com/a) now");
  });

  it("inserts a link to fill in at the cursor", () => {
    expect(apply("see | now", insertLink)).toBe("see [[link text]](url) now");
  });
});

describe("headings", () => {
  it("replaces an existing heading prefix", () => {
    expect(apply("## Old| title", (state) => setHeadingLevel(state, 1))).toBe("# Old| title");
    expect(apply("Plain| line", (state) => setHeadingLevel(state, 3))).toBe("### Plain| line");
  });

  it("turns a heading back into a paragraph", () => {
    expect(apply("### A tit|le", (state) => setHeadingLevel(state, 0))).toBe("A tit|le");
  });

  it("leaves the front matter alone, so its YAML stays valid", () => {
    expect(apply("---\ntit|le: A\n---\nBody", (state) => setHeadingLevel(state, 1))).toBe("---\ntit|le: A\n---\nBody");
    expect(stateAfter("---\n[title: A\n---\nBody]", "quote")).toBe("---\ntitle: A\n---\n> Body");
  });

  it("puts the cursor after the prefix on an empty line", () => {
    expect(apply("|", (state) => setHeadingLevel(state, 2))).toBe("## |");
  });
});

describe("lists and quotes", () => {
  it("turns several lines into a bullet list and back, leaving blank lines alone", () => {
    const state = stateOf("[one\n\ntwo\nthree]");
    const listed = state.update(toggleLineBlock(state, "bullet-list")).state;
    expect(listed.doc.toString()).toBe("- one\n\n- two\n- three");
    expect(listed.update(toggleLineBlock(listed, "bullet-list")).state.doc.toString()).toBe("one\n\ntwo\nthree");
  });

  it("numbers the lines in order, and switches a bullet list to numbers", () => {
    expect(stateAfter("[a\nb\nc]", "numbered-list")).toBe("1. a\n2. b\n3. c");
    expect(stateAfter("[- a\n- b]", "numbered-list")).toBe("1. a\n2. b");
    expect(stateAfter("[1. a\n2. b]", "bullet-list")).toBe("- a\n- b");
  });

  it("adds the prefix to every line when only some have it", () => {
    expect(stateAfter("[> a\nb]", "quote")).toBe("> > a\n> b");
    expect(stateAfter("[- a\nb]", "bullet-list")).toBe("- a\n- b");
  });

  it("quotes and unquotes", () => {
    expect(stateAfter("[a\nb]", "quote")).toBe("> a\n> b");
    expect(stateAfter("[> a\n> b]", "quote")).toBe("a\nb");
  });

  it("leaves the line after a selection that ends at its start alone", () => {
    expect(stateAfter("[a\n]b", "bullet-list")).toBe("- a\nb");
  });
});

function stateAfter(before: string, block: Parameters<typeof toggleLineBlock>[1]): string {
  const state = stateOf(before);
  return state.update(toggleLineBlock(state, block)).state.doc.toString();
}

describe("Enter in a list (lang-markdown's insertNewlineContinueMarkup, bound by markdown())", () => {
  function pressEnter(before: string): string {
    let state = stateOf(before);
    insertNewlineContinueMarkup({ state, dispatch: (tr) => (state = tr.state) });
    return marked(state);
  }

  it("continues a bullet list", () => {
    expect(pressEnter("- item|")).toBe("- item\n- |");
  });

  it("continues a numbered list with the next number", () => {
    expect(pressEnter("1. item|")).toBe("1. item\n2. |");
  });
});
