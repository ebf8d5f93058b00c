/** Lookups in lists sorted by a number: line starts, headings and preview blocks by position. */

/** Index of the last item whose key is at or before `value`, in `items` sorted by that key; -1 when even the first is after it. */
export function lastIndexAtOrBefore<T>(items: readonly T[], value: number, keyOf: (item: T) => number): number {
  let low = 0;
  let high = items.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const item = items[middle];
    if (item !== undefined && keyOf(item) <= value) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}

/** The offset where each line of `text` starts (the first is 0). */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}

/** Index of the line of `starts` (from lineStarts) that holds `offset`. */
export function lineIndexAt(starts: readonly number[], offset: number): number {
  return Math.max(0, lastIndexAtOrBefore(starts, offset, (start) => start));
}
