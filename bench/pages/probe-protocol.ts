/** What the bench's in-page probe is told and what it reports back (types only, shared by the probe and the driver). */

/** Set when the probe is installed, before the page's own scripts run. */
export interface ProbeSetup {
  /** Clearpost: the post whose button to click as soon as the posts list shows it (null on the bare editor). */
  readonly openPostTitle: string | null;
  /** Clearpost: "filled" waits for the whole preview (no longer aria-busy) and the readability panel too. */
  readonly expectPanels: boolean;
}

/** Set just before the measured keystrokes. */
export interface ArmRequest {
  /** The characters about to be typed, in order. */
  readonly typed: string;
  /** The paragraph's text just before the caret, as the preview shows it, to find it there. */
  readonly anchor: string;
  /** The editor's document length before the first measured keystroke. */
  readonly baseLength: number;
}

/** One measured keystroke; times are performance.now() milliseconds in the page, null when never seen. */
export interface KeystrokeTiming {
  readonly key: string;
  /** The keydown's event.timeStamp (it includes the time the event waited in the queue). */
  readonly downAt: number;
  /** The frame after the editor's DOM changed. */
  editorAt: number | null;
  /** The frame after the preview showed the text up to this keystroke. */
  previewAt: number | null;
  /** The frame after the readability panel showed a report of text that includes this keystroke. */
  analysisAt: number | null;
}

/** A main-thread long task or a slow input event. */
export interface TimedEntry {
  readonly name: string;
  readonly startTime: number;
  readonly duration: number;
}

/** One request to the analysis worker and its answer. */
export interface WorkerRun {
  readonly sequence: number;
  /** Length of the text sent. */
  readonly length: number;
  readonly sentAt: number;
  receivedAt: number | null;
  /** The worker's own time for the analysis (analysis-protocol.ts). */
  durationMs: number | null;
}

/** Everything the probe saw. */
export interface ProbeReport {
  /** The frame after the editor first showed the post. */
  readonly editableAt: number | null;
  /** The frame after the editor, the preview and the readability panel were all filled. */
  readonly filledAt: number | null;
  readonly keystrokes: readonly KeystrokeTiming[];
  readonly longTasks: readonly TimedEntry[];
  readonly slowEvents: readonly TimedEntry[];
  readonly workerRuns: readonly WorkerRun[];
}

/** The probe's surface on `window.benchProbe`. */
export interface BenchProbe {
  arm(request: ArmRequest): void;
  /** True once every armed keystroke has its editor, preview and analysis frame (as far as the page has them). */
  settled(): boolean;
  report(): ProbeReport;
}
