/** Numbers as the readability panel shows them. */

const ONE_DECIMAL = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });
const WHOLE = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 });

/** A score or grade to one decimal ("8.4", "8"); a dash when there is none. */
export function formatScore(value: number | null): string {
  return value === null ? "–" : ONE_DECIMAL.format(value);
}

/** A count ("1,234"). */
export function formatCount(value: number): string {
  return WHOLE.format(value);
}

/** `count` and the noun, singular for one ("1 sentence", "3 sentences"). */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${formatCount(count)} ${count === 1 ? singular : plural}`;
}
