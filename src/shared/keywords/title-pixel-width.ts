/**
 * How wide a title is in search results, in pixels: Google sets titles in Arial at 20 px, and
 * cuts them near 600 px. Widths come from a table of Arial's advance widths (generated from
 * Arimo, its metric-compatible twin; see scripts/keyword-word-lists.ts), so the app and the
 * command line agree without a browser. Kerning is left out: it moves a title by a pixel or two.
 */
import { TITLE_FONT_ADVANCES, TITLE_FONT_UNITS_PER_EM } from "./generated/title-font-widths";

/** Google's title size. */
export const TITLE_FONT_SIZE_PX = 20;

let advances: Map<number, number> | null = null;
let fallbackAdvance = 0;

// Decoded on first use.
function advanceTable(): Map<number, number> {
  if (!advances) {
    const table = new Map<number, number>();
    for (const pair of TITLE_FONT_ADVANCES.split(" ")) {
      const [codePoint = "", advance = ""] = pair.split(":");
      table.set(parseInt(codePoint, 36), parseInt(advance, 36));
    }
    // Characters Arial's Latin table lacks get the average lower-case letter's width.
    const letters = [..."abcdefghijklmnopqrstuvwxyz"].map((letter) => table.get(letter.codePointAt(0) ?? 0) ?? 0);
    fallbackAdvance = letters.reduce((sum, width) => sum + width, 0) / letters.length;
    advances = table;
  }
  return advances;
}

// CJK, kana and hangul glyphs are a full em wide in the fallback fonts that draw them.
const FULL_WIDTH = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u;

/** The width of `text` in pixels at `fontSizePx` (default 20) in Arial. */
export function titleWidth(text: string, fontSizePx: number = TITLE_FONT_SIZE_PX): number {
  const table = advanceTable();
  let units = 0;
  for (const char of text) {
    const codePoint = char.codePointAt(0) ?? 0;
    units += table.get(codePoint) ?? (FULL_WIDTH.test(char) ? TITLE_FONT_UNITS_PER_EM : fallbackAdvance);
  }
  return (units / TITLE_FONT_UNITS_PER_EM) * fontSizePx;
}
