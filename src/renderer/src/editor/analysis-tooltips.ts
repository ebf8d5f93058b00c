/**
 * Hovering a readability mark says why it is there and what to do: each mark under the pointer,
 * the word-sized ones first, with its kind (in its colour), its message and its suggestion.
 * From the keyboard, F8 and Shift+F8 go to the next and previous mark, select it, show the same
 * advice and have screen readers read it.
 */
import { type Extension, StateEffect, StateField } from "@codemirror/state";
import { type Command, EditorView, hoverTooltip, keymap, showTooltip, type Tooltip } from "@codemirror/view";
import { markKind } from "./analysis-kinds";
import type { ReadabilityMark } from "../workers/marks-delta";
import { findingsAt, nearestMarkStart } from "./analysis-marks";

/** Whether the suggestion says something the message does not already. */
function hasOwnSuggestion(finding: ReadabilityMark): boolean {
  return finding.suggestion !== undefined && !finding.message.includes(finding.suggestion);
}

function findingEntry(finding: ReadabilityMark): HTMLElement {
  const entry = document.createElement("div");
  entry.className = "cm-readability-advice";
  const kind = document.createElement("div");
  kind.className = "cm-readability-advice-kind";
  const swatch = document.createElement("span");
  swatch.className = `cm-readability-swatch is-${finding.kind}`;
  swatch.textContent = "Ab";
  swatch.setAttribute("aria-hidden", "true");
  kind.append(swatch, markKind(finding.kind).name);
  const message = document.createElement("div");
  message.textContent = finding.message;
  entry.append(kind, message);
  if (hasOwnSuggestion(finding)) {
    const suggestion = document.createElement("div");
    suggestion.className = "cm-readability-advice-suggestion";
    suggestion.textContent = `Try: ${finding.suggestion}`;
    entry.append(suggestion);
  }
  return entry;
}

/** The advice tooltip for `findings` (all at one place), the word-sized ones first. */
function adviceTooltip(findings: ReadabilityMark[]): Tooltip {
  findings.sort((a, b) => a.to - a.from - (b.to - b.from));
  return {
    pos: Math.min(...findings.map((finding) => finding.from)),
    end: Math.max(...findings.map((finding) => finding.to)),
    above: true,
    create() {
      const dom = document.createElement("div");
      dom.className = "cm-readability-tooltip";
      dom.append(...findings.map(findingEntry));
      return { dom };
    },
  };
}

const advice = hoverTooltip((view, pos, side) => {
  const findings = findingsAt(view.state, pos).filter((finding) => (side < 0 ? finding.from < pos : finding.to > pos));
  return findings.length === 0 ? null : adviceTooltip(findings);
});

const showKeyboardAdvice = StateEffect.define<Tooltip | null>();

/** The advice shown for the mark reached by F8; it goes as soon as the writer types or moves on. */
const keyboardAdvice = StateField.define<Tooltip | null>({
  create: () => null,
  update(value, tr) {
    for (const effect of tr.effects) if (effect.is(showKeyboardAdvice)) return effect.value;
    return tr.docChanged || tr.selection ? null : value;
  },
  provide: (field) => showTooltip.from(field),
});

/** Moves to the next (1) or previous (-1) mark, selects it, shows its advice and announces it (F8, and the palette's commands). */
export function goToMark(direction: 1 | -1): Command {
  return (view) => {
    const { state } = view;
    const start = nearestMarkStart(state, state.selection.main.from, direction);
    if (start === null) return false;
    const findings = findingsAt(state, start).filter((finding) => finding.to > start && finding.from === start);
    const first = findings[0];
    if (!first) return false;
    const tooltip = adviceTooltip(findings);
    const spoken = findings.map((finding) => `${markKind(finding.kind).name}: ${finding.message}${hasOwnSuggestion(finding) ? ` Try: ${finding.suggestion}` : ""}`).join(" ");
    view.dispatch({
      selection: { anchor: first.from, head: first.to },
      effects: [showKeyboardAdvice.of(tooltip), EditorView.announce.of(spoken), EditorView.scrollIntoView(first.from, { y: "center" })],
      userEvent: "select",
    });
    return true;
  };
}

/** F8 / Shift+F8: the keyboard's way to the marks and their advice. */
const markKeys = keymap.of([
  { key: "F8", run: goToMark(1), preventDefault: true },
  { key: "Shift-F8", run: goToMark(-1), preventDefault: true },
]);

const adviceTheme = EditorView.baseTheme({
  ".cm-tooltip:has(> .cm-readability-tooltip)": {
    border: "1px solid var(--border-strong, #c6c2b9)",
    borderRadius: "8px",
    backgroundColor: "var(--surface, #ffffff)",
    color: "var(--text, #1e2227)",
    boxShadow: "0 4px 16px rgb(0 0 0 / 16%)",
  },
  ".cm-readability-tooltip": {
    maxWidth: "360px",
    padding: "8px 10px",
    fontFamily: "var(--font-ui, system-ui, sans-serif)",
    fontSize: "13px",
    lineHeight: "1.45",
  },
  ".cm-readability-advice + .cm-readability-advice": { marginTop: "8px", paddingTop: "8px", borderTop: "1px solid var(--border, #e2dfd8)" },
  ".cm-readability-advice-kind": { display: "flex", alignItems: "center", gap: "6px", fontWeight: "600" },
  ".cm-readability-advice-suggestion": { color: "var(--text-muted, #596069)" },
  ".cm-readability-swatch": { padding: "0 3px", borderRadius: "3px", fontSize: "11px", fontWeight: "600" },
});

/** Advice on the readability marks: on hover, and with F8 / Shift+F8 from the keyboard. */
export function readabilityAdvice(): Extension {
  return [advice, keyboardAdvice, markKeys, adviceTheme];
}
