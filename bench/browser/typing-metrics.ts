/** Turns one page measurement into the named figures the bench reports, and says which baseline figure each is compared with. */
import type { KeystrokeTiming, TimedEntry } from "../pages/probe-protocol";
import { percentile } from "../stats";
import type { PageMeasurement } from "./measure-typing";

/** The figures of one measurement, by name; null when the page has no such thing or never reached it. */
export type TypingFigures = Readonly<Record<TypingMetric, number | null>>;

/** Every figure, in table order, with its unit and the baseline figure its ratio is taken against. */
export const TYPING_METRICS = {
  "editor p50": { unit: "ms", against: "editor p50" },
  "editor p95": { unit: "ms", against: "editor p95" },
  "preview p50": { unit: "ms", against: "editor p50" },
  "preview p95": { unit: "ms", against: "editor p95" },
  "analysis p50": { unit: "ms", against: "editor p50" },
  "analysis p95": { unit: "ms", against: "editor p95" },
  "analysis after the last key": { unit: "ms", against: null },
  "worker analysis p50": { unit: "ms", against: null },
  "worker analysis p95": { unit: "ms", against: null },
  "long tasks while typing": { unit: "", against: "long tasks while typing" },
  "longest task while typing": { unit: "ms", against: "longest task while typing" },
  "keydowns > 16 ms (Event Timing)": { unit: "", against: "keydowns > 16 ms (Event Timing)" },
  "slowest input event": { unit: "ms", against: "slowest input event" },
  "keystrokes never shown": { unit: "", against: null },
  "startup: first editable frame": { unit: "ms", against: "startup: first editable frame" },
  "startup: preview and panels filled": { unit: "ms", against: "startup: first editable frame" },
  "JS heap after GC": { unit: "MB", against: "JS heap after GC" },
  "DOM nodes": { unit: "", against: "DOM nodes" },
} as const satisfies Record<string, { readonly unit: string; readonly against: string | null }>;

export type TypingMetric = keyof typeof TYPING_METRICS;

type Stage = "editorAt" | "previewAt" | "analysisAt";

const latencies = (keystrokes: readonly KeystrokeTiming[], stage: Stage): number[] =>
  keystrokes.flatMap((keystroke) => {
    const at = keystroke[stage];
    return at === null ? [] : [at - keystroke.downAt];
  });

/** Count and longest of the entries over 16 ms (a frame) that started inside [from, to]. */
function within(entries: readonly TimedEntry[], from: number, to: number): { count: number; longest: number | null } {
  const inside = entries.filter((entry) => entry.duration > 16 && entry.startTime >= from && entry.startTime <= to);
  return { count: inside.length, longest: inside.length === 0 ? null : Math.max(...inside.map((entry) => entry.duration)) };
}

/** The figures of `measurement`; `hasPreview` says whether the page shows a preview and panels at all. */
export function typingFigures(measurement: PageMeasurement, hasPreview: boolean): TypingFigures {
  const { keystrokes, longTasks, slowEvents, workerRuns, editableAt, filledAt } = measurement.probe;
  const editor = latencies(keystrokes, "editorAt");
  const preview = latencies(keystrokes, "previewAt");
  const analysis = latencies(keystrokes, "analysisAt");
  const from = keystrokes[0]?.downAt ?? 0;
  const to = Math.max(from, ...keystrokes.flatMap((keystroke) => [keystroke.editorAt ?? 0, keystroke.previewAt ?? 0, keystroke.analysisAt ?? 0]));
  const tasks = within(longTasks, from, to);
  const events = within(slowEvents, from, to);
  const keydowns = within(slowEvents.filter((entry) => entry.name === "keydown"), from, to);
  const worker = workerRuns.filter((run) => run.sentAt >= from).flatMap((run) => (run.durationMs === null ? [] : [run.durationMs]));
  const last = keystrokes[keystrokes.length - 1];
  const missing = keystrokes.filter((keystroke) => keystroke.editorAt === null || (hasPreview && keystroke.analysisAt === null)).length;
  const orNull = (value: number | null) => (hasPreview ? value : null);
  return {
    "editor p50": percentile(editor, 50),
    "editor p95": percentile(editor, 95),
    "preview p50": orNull(percentile(preview, 50)),
    "preview p95": orNull(percentile(preview, 95)),
    "analysis p50": orNull(percentile(analysis, 50)),
    "analysis p95": orNull(percentile(analysis, 95)),
    "analysis after the last key": last?.analysisAt != null ? last.analysisAt - last.downAt : null,
    "worker analysis p50": percentile(worker, 50),
    "worker analysis p95": percentile(worker, 95),
    "long tasks while typing": tasks.count,
    "longest task while typing": tasks.longest,
    "keydowns > 16 ms (Event Timing)": keydowns.count,
    "slowest input event": events.longest,
    "keystrokes never shown": missing,
    "startup: first editable frame": editableAt,
    "startup: preview and panels filled": orNull(filledAt),
    "JS heap after GC": measurement.heapBytes / 1024 / 1024,
    "DOM nodes": measurement.domNodes,
  };
}
