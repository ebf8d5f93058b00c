/** The command line of `npm run bench`. */
import { parseArgs } from "node:util";

export const USAGE = `npm run bench [-- options]
  --only browser|node   run one phase (default: both)
  --sizes 1000,10000    post sizes for the browser phase, in words (default: 1000,10000,100000)
  --repeats N           browser repetitions; medians and spreads are reported (default: 3)
  --seed N              seed of the generated posts (default: 1)
  --quick               --sizes 1000 --repeats 1, and nothing saved
  --smoke               the smallest run that proves the harness works (npm test runs it): --quick, and small Node sizes
  --no-save             print only; do not rewrite bench/results.md and bench/results.json
  --profile DIR         also write a CPU profile of each typing run to DIR (open in Chromium's DevTools);
                        profiling slows the pages, so use it to find causes, not figures`;

/** What to run. */
export interface BenchOptions {
  readonly browser: boolean;
  readonly node: boolean;
  readonly sizes: readonly number[];
  readonly repeats: number;
  readonly seed: number;
  readonly save: boolean;
  /** "smoke": small Node sizes, to keep the harness working in `npm test`; figures mean nothing. */
  readonly scale: "full" | "smoke";
  /** Where to write CPU profiles of the typing, or null. */
  readonly profileFolder: string | null;
}

function positiveInteger(text: string, flag: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${flag} needs a positive whole number, not "${text}"`);
  return value;
}

/** Reads `args`; throws with a message for the writer on a wrong flag. */
export function parseBenchOptions(args: readonly string[]): BenchOptions {
  const { values } = parseArgs({
    args: [...args],
    options: {
      only: { type: "string" },
      sizes: { type: "string" },
      repeats: { type: "string" },
      seed: { type: "string" },
      quick: { type: "boolean", default: false },
      smoke: { type: "boolean", default: false },
      "no-save": { type: "boolean", default: false },
      profile: { type: "string" },
    },
  });
  if (values.only !== undefined && values.only !== "browser" && values.only !== "node") throw new Error(`--only takes browser or node, not "${values.only}"`);
  const smoke = values.smoke ?? false;
  const quick = (values.quick ?? false) || smoke;
  return {
    browser: values.only !== "node",
    node: values.only !== "browser",
    sizes: (values.sizes ?? (quick ? "1000" : "1000,10000,100000")).split(",").map((size) => positiveInteger(size.trim(), "--sizes")),
    repeats: positiveInteger(values.repeats ?? (quick ? "1" : "3"), "--repeats"),
    seed: positiveInteger(values.seed ?? "1", "--seed"),
    save: !quick && !(values["no-save"] ?? false),
    scale: smoke ? "smoke" : "full",
    profileFolder: values.profile ?? null,
  };
}
