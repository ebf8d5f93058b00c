/**
 * The readability marks in the editor: a StateField of decorations fed by an effect carrying the
 * worker's findings (already mapped onto the current text), filtered by the kinds the writer
 * shows. Between reports the marks move with the text like any decoration, so they stay on their
 * words while the next report is computed.
 */
import { type EditorState, type Extension, type Range, RangeSetBuilder, StateEffect, StateField } from "@codemirror/state";
import { Decoration, type DecorationSet, EditorView } from "@codemirror/view";
import type { Finding, FindingKind } from "../../../shared/readability";
import { markClass, markKind } from "./analysis-kinds";

/** Replaces every mark with these findings (positions in the current document). */
export const setReadabilityFindings = StateEffect.define<readonly Finding[]>();

/** Which kinds of marks are hidden. */
export const setHiddenMarkKinds = StateEffect.define<ReadonlySet<FindingKind>>();

interface MarksState {
  /** Every finding's mark; each decoration's spec carries its finding. */
  readonly all: DecorationSet;
  /** The marks of the kinds shown: what the editor draws. */
  readonly shown: DecorationSet;
  readonly hidden: ReadonlySet<FindingKind>;
}

/** The finding behind a mark, as kept in the decoration's spec. */
interface MarkSpec {
  readonly finding: Finding;
}

function markOf(finding: Finding): Decoration {
  return Decoration.mark({
    class: `cm-readability ${markClass(finding.kind)}`,
    attributes: { "aria-description": markKind(finding.kind).name },
    finding,
  } satisfies MarkSpec & Parameters<typeof Decoration.mark>[0]);
}

function buildMarks(findings: readonly Finding[], length: number): DecorationSet {
  const ranges: Range<Decoration>[] = [];
  let sorted = true;
  for (const finding of findings) {
    const from = Math.max(0, Math.min(finding.from, length));
    const to = Math.max(0, Math.min(finding.to, length));
    if (to <= from) continue;
    const previous = ranges[ranges.length - 1];
    if (previous && previous.from > from) sorted = false;
    ranges.push(markOf(finding).range(from, to));
  }
  // Reports come in source order, so the set is built without sorting (half the cost for thousands of marks).
  return Decoration.set(ranges, !sorted);
}

function showOnly(all: DecorationSet, hidden: ReadonlySet<FindingKind>): DecorationSet {
  if (hidden.size === 0) return all;
  const builder = new RangeSetBuilder<Decoration>();
  for (let cursor = all.iter(); cursor.value; cursor.next()) {
    if (!hidden.has((cursor.value.spec as MarkSpec).finding.kind)) builder.add(cursor.from, cursor.to, cursor.value);
  }
  return builder.finish();
}

const marksField = StateField.define<MarksState>({
  create: () => ({ all: Decoration.none, shown: Decoration.none, hidden: new Set() }),
  update(value, tr) {
    let { all, shown, hidden } = value;
    if (tr.docChanged) {
      all = all.map(tr.changes);
      shown = shown === value.all ? all : shown.map(tr.changes);
    }
    for (const effect of tr.effects) {
      if (effect.is(setReadabilityFindings)) {
        all = buildMarks(effect.value, tr.newDoc.length);
        shown = showOnly(all, hidden);
      } else if (effect.is(setHiddenMarkKinds)) {
        hidden = effect.value;
        shown = showOnly(all, hidden);
      }
    }
    return all === value.all && shown === value.shown && hidden === value.hidden ? value : { all, shown, hidden };
  },
  provide: (field) => EditorView.decorations.from(field, (value) => value.shown),
});

/** The shown findings that cover `pos` (touching counts), with their current positions. */
export function findingsAt(state: EditorState, pos: number): Finding[] {
  const found: Finding[] = [];
  state.field(marksField, false)?.shown.between(pos, pos, (from, to, mark) => {
    found.push({ ...(mark.spec as MarkSpec).finding, from, to });
  });
  return found;
}

/**
 * The start of the nearest shown mark after `pos` (`direction` 1) or before it (-1), wrapping
 * around the post; null when there are no marks.
 */
export function nearestMarkStart(state: EditorState, pos: number, direction: 1 | -1): number | null {
  const starts: number[] = [];
  state.field(marksField, false)?.shown.between(0, state.doc.length, (from) => {
    starts.push(from);
  });
  if (starts.length === 0) return null;
  starts.sort((a, b) => a - b);
  if (direction === 1) return starts.find((start) => start > pos) ?? starts[0] ?? null;
  return [...starts].reverse().find((start) => start < pos) ?? starts[starts.length - 1] ?? null;
}

/** A translucent fill, so the selection (drawn beneath the text) still shows through. */
function fill(color: string): Record<string, string> {
  return { backgroundImage: `linear-gradient(${color}, ${color})` };
}

/** A line under the text: solid or dotted. */
function underline(color: string, dotted: boolean): Record<string, string> {
  return {
    backgroundImage: dotted ? `linear-gradient(to right, ${color} 55%, transparent 55%)` : `linear-gradient(${color}, ${color})`,
    backgroundSize: dotted ? "5px 2px" : "100% 2px",
    backgroundPosition: "0 100%",
    backgroundRepeat: "repeat-x",
  };
}

// Drawn with background images, not background-color or text-decoration: when a writer types
// over a selection, Chromium copies those two onto the new text as an inline style attribute,
// which our CSP (rightly) refuses, with an error in the console each time.
// Each style also colours the kind's swatch in the hover tooltip (analysis-tooltips.ts).
const MARK_STYLES: Record<FindingKind, Record<string, string>> = {
  "hard-sentence": fill("var(--mark-hard-sentence, rgb(234 179 8 / 30%))"),
  "very-hard-sentence": fill("var(--mark-very-hard-sentence, rgb(239 68 68 / 26%))"),
  adverb: fill("var(--mark-adverb, rgb(59 130 246 / 24%))"),
  "passive-voice": fill("var(--mark-passive-voice, rgb(34 197 94 / 28%))"),
  "plain-alternative": fill("var(--mark-plain-alternative, rgb(168 85 247 / 22%))"),
  jargon: underline("var(--mark-jargon, #c2410c)", false),
  "undefined-acronym": underline("var(--mark-undefined-acronym, #0f766e)", true),
};

const marksTheme = EditorView.baseTheme(
  Object.fromEntries(
    (Object.entries(MARK_STYLES) as [FindingKind, Record<string, string>][]).map(([kind, style]) => [`.${markClass(kind)}, .cm-readability-swatch.is-${kind}`, style]),
  ),
);

/** The marks' state, drawing and colours (the hover tooltip is analysis-tooltips.ts). */
export function readabilityMarks(): Extension {
  return [marksField, marksTheme];
}
