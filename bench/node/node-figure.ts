/** A Node-side timing: what was measured, and the median and spread of its runs. */
import { median, spread } from "../stats";

export interface NodeFigure {
  readonly group: string;
  readonly what: string;
  readonly medianMs: number;
  readonly minMs: number;
  readonly maxMs: number;
  readonly runs: number;
}

/**
 * Times `work` `runs` times after `warmUps` untimed runs (0 keeps the very first run, JIT and
 * caches cold, in the figure); `prepare` runs untimed before each run.
 */
export async function sample(
  group: string,
  what: string,
  work: () => unknown,
  { runs = 5, warmUps = 1, prepare }: { runs?: number; warmUps?: number; prepare?: () => unknown } = {},
): Promise<NodeFigure> {
  for (let i = 0; i < warmUps; i++) {
    await prepare?.();
    await work();
  }
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    await prepare?.();
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  const range = spread(times) ?? { min: 0, max: 0 };
  return { group, what, medianMs: median(times) ?? 0, minMs: range.min, maxMs: range.max, runs };
}
