/**
 * The kinds of readability marks as a writer sees them: the order of the legend, their names and
 * the CSS class of their mark. The colours live in styles/tokens.css (light and dark) as
 * `--mark-<kind>` variables, read by the editor's theme (analysis-marks.ts) and the panel's legend.
 */
import type { FindingKind } from "../../../shared/readability";

/** How one kind of mark is named and drawn. */
export interface MarkKind {
  readonly kind: FindingKind;
  /** Plural, for the legend ("Adverbs"). */
  readonly label: string;
  /** Singular, for a tooltip or a list item ("Adverb"). */
  readonly name: string;
  /** What the mark is and what to do, in one line for the legend. */
  readonly hint: string;
}

/** Every kind, in the legend's order: sentences first, then words. */
export const MARK_KINDS: readonly MarkKind[] = [
  { kind: "very-hard-sentence", label: "Very hard sentences", name: "Very hard sentence", hint: "Split them and swap long words." },
  { kind: "hard-sentence", label: "Hard sentences", name: "Hard sentence", hint: "Shorten them or split them in two." },
  { kind: "adverb", label: "Adverbs", name: "Adverb", hint: "Cut them or use a stronger verb." },
  { kind: "passive-voice", label: "Passive voice", name: "Passive voice", hint: "Say who does it." },
  { kind: "plain-alternative", label: "Plainer words", name: "Plainer word", hint: "A simpler word says the same." },
  { kind: "jargon", label: "Jargon", name: "Jargon", hint: "Rare words: explain them or swap them." },
  { kind: "undefined-acronym", label: "Acronyms", name: "Acronym not spelled out", hint: "Spell each out the first time." },
];

const BY_KIND = new Map(MARK_KINDS.map((entry) => [entry.kind, entry]));

/** The description of `kind`. */
export function markKind(kind: FindingKind): MarkKind {
  const found = BY_KIND.get(kind);
  if (!found) throw new Error(`Unknown readability mark "${kind}"`);
  return found;
}

/** The class of a mark of `kind` in the editor (the legend's swatches use `mark-swatch is-<kind>`). */
export function markClass(kind: FindingKind): string {
  return `cm-readability-${kind}`;
}
