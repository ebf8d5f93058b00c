/**
 * A post's first preview, shown a slice of blocks per frame. Sanitizing and laying out every
 * block of a 100,000-word post takes over a second: in one task it would hold up the writer's
 * first keys, so each frame adds blocks for about SLICE_MS and then lets the page answer input.
 */
import { afterPaint } from "../editor/after-paint";

/** Time one slice may take before the page gets its next frame. */
const SLICE_MS = 12;
/** Blocks added between two looks at the clock. */
const BLOCKS_PER_STEP = 8;

/**
 * Fills the preview after the next paint and the ones after it: `showFirst(count)` shows the
 * first `count` blocks of the latest text and returns how many blocks it has; `sliceShown` runs
 * after each slice and `filled` once all are shown. Returns a function that stops filling.
 */
export function fillInSlices(showFirst: (count: number) => number, sliceShown: () => void, filled: () => void): () => void {
  let shown = 0;
  const slice = afterPaint(() => {
    const started = performance.now();
    let total: number;
    do {
      shown += BLOCKS_PER_STEP;
      total = showFirst(shown);
    } while (shown < total && performance.now() - started < SLICE_MS);
    sliceShown();
    if (shown < total) slice.request();
    else filled();
  });
  slice.request();
  return () => slice.dispose();
}
