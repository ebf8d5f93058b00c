/**
 * The readability marks in the editor: a StateField of every mark's range, changed by an effect
 * carrying the marks the worker added and the ids of those it took away (workers/marks-delta.ts),
 * and a view plugin that draws only the marks in the visible ranges, of the kinds the writer
 * shows. A 100,000-word post has thousands of marks: decorating them all cost a long task per
 * report (building the set, then the view comparing it with the last); the visible ones are a
 * few dozen. Between reports the ranges move with the text like any range set, so the marks stay
 * on their words while the next report is computed, and a report changes only the marks of what
 * was edited.
 */
import { type EditorState, type Extension, type Range, RangeSet, RangeSetBuilder, RangeValue, StateEffect, StateField } from "@codemirror/state";
import { Decoration, type DecorationSet, EditorView, ViewPlugin, type ViewUpdate } from "@codemirror/view";
import type { FindingKind } from "../../../shared/readability";
import type { ReadabilityMark } from "../workers/marks-delta";
import { markClass, markKind } from "./analysis-kinds";

/** How the marks change: the ids of marks to take away (null: all of them), where they are, and marks to add, positioned in the current document. */
export interface MarksChange {
  readonly removed: ReadonlySet<number> | null;
  readonly removedFrom: number;
  readonly removedTo: number;
  readonly added: readonly ReadabilityMark[];
}

/** Changes the marks. */
export const changeReadabilityMarks = StateEffect.define<MarksChange>();

/** Takes every mark away. */
export const NO_MARKS: MarksChange = { removed: null, removedFrom: 0, removedTo: 0, added: [] };

/** Which kinds of marks are hidden. */
export const setHiddenMarkKinds = StateEffect.define<ReadonlySet<FindingKind>>();

/** One mark's place in the text. */
class MarkRange extends RangeValue {
  constructor(readonly mark: ReadabilityMark) {
    super();
  }

  override eq(other: RangeValue): boolean {
    return other instanceof MarkRange && other.mark === this.mark;
  }
}

interface MarksState {
  /** Every mark, of every kind. */
  readonly all: RangeSet<MarkRange>;
  readonly hidden: ReadonlySet<FindingKind>;
}

function applyMarksChange(all: RangeSet<MarkRange>, { removed, removedFrom, removedTo, added }: MarksChange, length: number): RangeSet<MarkRange> {
  const ranges: Range<MarkRange>[] = [];
  let sorted = true;
  for (const mark of added) {
    const from = Math.max(0, Math.min(mark.from, length));
    const to = Math.max(0, Math.min(mark.to, length));
    if (to <= from) continue;
    const previous = ranges[ranges.length - 1];
    if (previous && previous.from > from) sorted = false;
    ranges.push(new MarkRange(mark).range(from, to));
  }
  // Reports come in source order, so the ranges are added without sorting (half the cost for thousands of marks).
  if (removed === null) return RangeSet.of(ranges, !sorted);
  // Only the span that holds the removed marks is walked: the set's other chunks are reused as they are.
  const kept = removed.size === 0 ? all : all.update({ filter: (_from, _to, value) => !removed.has(value.mark.id), filterFrom: removedFrom, filterTo: removedTo });
  return ranges.length === 0 ? kept : kept.update({ add: ranges, sort: !sorted });
}

const marksField = StateField.define<MarksState>({
  create: () => ({ all: RangeSet.empty, hidden: new Set() }),
  update(value, tr) {
    let { all, hidden } = value;
    if (tr.docChanged) all = all.map(tr.changes);
    for (const effect of tr.effects) {
      if (effect.is(changeReadabilityMarks)) all = applyMarksChange(all, effect.value, tr.newDoc.length);
      else if (effect.is(setHiddenMarkKinds)) hidden = effect.value;
    }
    return all === value.all && hidden === value.hidden ? value : { all, hidden };
  },
});

/** The shown marks between `from` and `to` (touching counts), with their current positions, in order. */
function eachShown(state: EditorState, from: number, to: number, found: (from: number, to: number, mark: ReadabilityMark) => void): void {
  const marks = state.field(marksField, false);
  if (!marks) return;
  // The cursor merges the set's overlapping layers in order, which `between` does not.
  for (const cursor = marks.all.iter(from); cursor.value && cursor.from <= to; cursor.next()) {
    if (!marks.hidden.has(cursor.value.mark.kind)) found(cursor.from, cursor.to, cursor.value.mark);
  }
}

/** One decoration per kind, shared by all its marks. */
const MARK_DECORATIONS = new Map<FindingKind, Decoration>();

function markOf(kind: FindingKind): Decoration {
  let mark = MARK_DECORATIONS.get(kind);
  if (!mark) {
    mark = Decoration.mark({ class: `cm-readability ${markClass(kind)}`, attributes: { "aria-description": markKind(kind).name } });
    MARK_DECORATIONS.set(kind, mark);
  }
  return mark;
}

/** The marks of the shown kinds in the view's visible ranges. */
function visibleMarks(view: EditorView): DecorationSet {
  const builder = new RangeSetBuilder<Decoration>();
  // A finding that spans a fold is met in the visible ranges on both sides; the builder takes it once.
  const added = new Set<ReadabilityMark>();
  for (const { from, to } of view.visibleRanges) {
    eachShown(view.state, from, to, (start, end, mark) => {
      if (added.has(mark)) return;
      added.add(mark);
      builder.add(start, end, markOf(mark.kind));
    });
  }
  return builder.finish();
}

const marksPlugin = ViewPlugin.fromClass(
  class {
    decorations: DecorationSet;

    constructor(view: EditorView) {
      this.decorations = visibleMarks(view);
    }

    update(update: ViewUpdate): void {
      if (update.docChanged || update.viewportChanged || update.startState.field(marksField, false) !== update.state.field(marksField, false)) {
        this.decorations = visibleMarks(update.view);
      }
    }
  },
  { decorations: (plugin) => plugin.decorations },
);

/** The shown marks that cover `pos` (touching counts), with their current positions. */
export function findingsAt(state: EditorState, pos: number): ReadabilityMark[] {
  const found: ReadabilityMark[] = [];
  eachShown(state, pos, pos, (from, to, mark) => found.push({ ...mark, from, to }));
  return found;
}

/**
 * The start of the nearest shown mark after `pos` (`direction` 1) or before it (-1), wrapping
 * around the post; null when there are no marks.
 */
export function nearestMarkStart(state: EditorState, pos: number, direction: 1 | -1): number | null {
  const starts: number[] = [];
  eachShown(state, 0, state.doc.length, (from) => starts.push(from));
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
  return [marksField, marksPlugin, marksTheme];
}
