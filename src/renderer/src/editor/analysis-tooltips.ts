/**
 * Hovering a readability mark says why it is there and what to do: each mark under the pointer,
 * the word-sized ones first, with its kind (in its colour), its message and its suggestion.
 */
import type { Extension } from "@codemirror/state";
import { EditorView, hoverTooltip } from "@codemirror/view";
import type { Finding } from "../../../shared/readability";
import { markKind } from "./analysis-kinds";
import { findingsAt } from "./analysis-marks";

function findingEntry(finding: Finding): HTMLElement {
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
  if (finding.suggestion !== undefined && !finding.message.includes(finding.suggestion)) {
    const suggestion = document.createElement("div");
    suggestion.className = "cm-readability-advice-suggestion";
    suggestion.textContent = `Try: ${finding.suggestion}`;
    entry.append(suggestion);
  }
  return entry;
}

const advice = hoverTooltip((view, pos, side) => {
  const findings = findingsAt(view.state, pos).filter((finding) => (side < 0 ? finding.from < pos : finding.to > pos));
  if (findings.length === 0) return null;
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
});

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

/** Hover tooltips on the readability marks. */
export function readabilityAdvice(): Extension {
  return [advice, adviceTheme];
}
