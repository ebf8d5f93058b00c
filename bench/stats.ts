/** The few statistics the bench reports: percentiles of a run, medians and spreads of repeats. */

/** The `p`-th percentile (0-100) of `values` by linear interpolation, or null for no values. */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  const lowValue = sorted[low] ?? 0;
  return lowValue + ((sorted[high] ?? lowValue) - lowValue) * (rank - low);
}

/** The median of the values that exist, or null when none does. */
export function median(values: readonly (number | null)[]): number | null {
  return percentile(values.filter((value): value is number => value !== null), 50);
}

/** Smallest and largest of the values that exist. */
export function spread(values: readonly (number | null)[]): { readonly min: number; readonly max: number } | null {
  const present = values.filter((value): value is number => value !== null);
  return present.length === 0 ? null : { min: Math.min(...present), max: Math.max(...present) };
}

