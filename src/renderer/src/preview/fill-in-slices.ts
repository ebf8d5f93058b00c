/**
 * A post's first preview, shown a slice of blocks per task. Sanitizing and laying out every
 * block of a 100,000-word post takes over a second: in one task it would hold up the writer's
 * first keys, so each task adds blocks for about SLICE_MS and then lets the page answer input
 * and paint before the next slice.
 */
import { afterPaint } from "../editor/after-paint";

/** Time one slice may take before the page gets a turn. */
const SLICE_MS = 16;
/** Blocks added between two looks at the clock. */
const BLOCKS_PER_STEP = 8;

/**
 * Fills the preview, starting after the next paint: `showFirst(count)` shows the first `count`
 * blocks of the latest text and returns how many blocks it has; `filled` runs once all are
 * shown. Returns a function that stops filling.
 */
export function fillInSlices(showFirst: (count: number) => number, filled: () => void): () => void {
  let shown = 0;
  // Slices after the first follow each other as tasks, without waiting for a frame each.
  const next = new MessageChannel();
  const slice = () => {
    const started = performance.now();
    let total: number;
    do {
      shown += BLOCKS_PER_STEP;
      total = showFirst(shown);
    } while (shown < total && performance.now() - started < SLICE_MS);
    if (shown < total) next.port2.postMessage(null);
    else filled();
  };
  next.port1.onmessage = slice;
  const first = afterPaint(slice);
  first.request();
  return () => {
    first.dispose();
    next.port1.close();
  };
}
