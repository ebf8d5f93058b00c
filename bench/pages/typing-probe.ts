/**
 * The bench's probe, injected into a page before its own scripts (perf-method.md): it records
 * keydown times, the frame after the editor's DOM changed, the frame after the preview showed a
 * keystroke and the frame after the readability panel showed a report of text that includes it,
 * plus long tasks, slow input events, the analysis worker's runs and the startup frames.
 * It works on the bare editor and on Clearpost alike; parts a page lacks stay empty.
 */
import type { ArmRequest, BenchProbe, KeystrokeTiming, ProbeReport, ProbeSetup, TimedEntry, WorkerRun } from "./probe-protocol";

declare global {
  interface Window {
    benchProbeSetup?: ProbeSetup;
    benchProbe?: BenchProbe;
  }
}

const setup: ProbeSetup = window.benchProbeSetup ?? { openPostTitle: null, expectPanels: false };

/** Calls `done` with the time of "the frame after": the next animation frame, then a task posted from it. */
function afterFrame(done: (at: number) => void): void {
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      done(performance.now());
    };
    channel.port2.postMessage(null);
  });
}

/** Runs `settle` for a batch once per frame, however many changes ask for it before then. */
function frameBatcher<T>(settle: (items: readonly T[], at: number) => void): (items: readonly T[]) => void {
  let waiting: T[] = [];
  return (items) => {
    if (items.length === 0) return;
    const first = waiting.length === 0;
    waiting.push(...items);
    if (!first) return;
    afterFrame((at) => {
      const batch = waiting;
      waiting = [];
      settle(batch, at);
    });
  };
}

function editorContent(): Element | null {
  return document.querySelector(".cm-content");
}

const previewBody = (): Element | null => document.querySelector(".preview-body");
const readabilityPanel = (): Element | null => document.querySelector("[data-analysed-sequence]");

// Long tasks and slow events from the start, so startup is covered too.
const longTasks: TimedEntry[] = [];
const slowEvents: TimedEntry[] = [];
const keep = (into: TimedEntry[]) => (list: PerformanceObserverEntryList) => {
  for (const entry of list.getEntries()) into.push({ name: entry.name, startTime: entry.startTime, duration: entry.duration });
};
new PerformanceObserver(keep(longTasks)).observe({ type: "longtask", buffered: true });
new PerformanceObserver(keep(slowEvents)).observe({ type: "event", buffered: true, durationThreshold: 16 } as PerformanceObserverInit);

// The analysis worker's requests and answers, by sequence, read off its messages.
const workerRuns = new Map<number, WorkerRun>();
const NativeWorker = window.Worker;
window.Worker = class ProbedWorker extends NativeWorker {
  constructor(url: string | URL, options?: WorkerOptions) {
    super(url, options);
    this.addEventListener("message", (event: MessageEvent<{ type?: string; sequence?: number; durationMs?: number }>) => {
      const run = workerRuns.get(event.data.sequence ?? -1);
      if (!run) return;
      run.receivedAt = performance.now();
      run.durationMs = event.data.durationMs ?? null;
    });
  }

  override postMessage(message: unknown, options?: StructuredSerializeOptions | Transferable[]): void {
    const request = message as { type?: string; sequence?: number; text?: string };
    if (request.type === "analyze" && request.sequence !== undefined && request.text !== undefined) {
      workerRuns.set(request.sequence, { sequence: request.sequence, length: request.text.length, sentAt: performance.now(), receivedAt: null, durationMs: null });
    }
    super.postMessage(message, options as StructuredSerializeOptions);
  }
};

// Startup: open the post as soon as it is listed, then note the first editable and the first filled frame.
let editableAt: number | null = null;
let filledAt: number | null = null;
let clicked = false;
let editableAsked = false;
let filledAsked = false;
let editor: Element | null = null;
const startup = new MutationObserver(() => {
  if (setup.openPostTitle !== null && !clicked) {
    const button = document.querySelector<HTMLButtonElement>(`button[aria-label="${CSS.escape(setup.openPostTitle)}"]`);
    if (button) {
      clicked = true;
      button.click();
    }
  }
  // Found once: looking for it in a document that a long preview fills costs more with every slice.
  editor ??= editorContent();
  if (!editableAsked && editor?.querySelector(".cm-line")) {
    editableAsked = true;
    afterFrame((at) => {
      editableAt = at;
      if (!setup.expectPanels) filledAt = at;
    });
  }
  const panelShowsReport = (readabilityPanel()?.getAttribute("data-analysed-sequence") ?? "0") !== "0";
  // A long post's preview fills in slices and is aria-busy until every block shows.
  const previewShown = previewBody()?.firstElementChild && !previewBody()?.closest("[aria-busy='true']");
  if (setup.expectPanels && editor && !filledAsked && panelShowsReport && previewShown) {
    filledAsked = true;
    afterFrame((at) => (filledAt = at));
  }
  if (editableAsked && (filledAsked || !setup.expectPanels)) startup.disconnect();
});
startup.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ["data-analysed-sequence", "aria-busy"] });

// Typing: armed by the bench right before the measured keystrokes.
const keystrokes: KeystrokeTiming[] = [];
let armed: ArmRequest | null = null;

const settlePreview = frameBatcher<KeystrokeTiming>((items, at) => items.forEach((item) => (item.previewAt = at)));
const settleAnalysis = frameBatcher<KeystrokeTiming>((items, at) => items.forEach((item) => (item.analysisAt = at)));
/** Keystrokes already handed to a batch, so none is settled twice. */
const asked = { preview: new Set<KeystrokeTiming>(), analysis: new Set<KeystrokeTiming>() };
/** Keystrokes whose change the editor's DOM has shown. */
const editorChanged = new Set<KeystrokeTiming>();

/**
 * The editor's frame for `keystroke`: the first animation frame after its DOM change, then a task
 * posted from it. The frame callback is asked for at keydown, before the page's own, so work the
 * page schedules after that paint (the preview) is not taken for the editor's frame; it delays
 * the next keystroke instead, which its timeStamp counts.
 */
function awaitEditorFrame(keystroke: KeystrokeTiming): void {
  requestAnimationFrame(() => {
    if (!editorChanged.has(keystroke)) return awaitEditorFrame(keystroke);
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      keystroke.editorAt = performance.now();
    };
    channel.port2.postMessage(null);
  });
}

function ask(kind: keyof typeof asked, settle: (items: readonly KeystrokeTiming[]) => void, shown: (keystroke: KeystrokeTiming, index: number) => boolean): void {
  const fresh = keystrokes.filter((keystroke, index) => !asked[kind].has(keystroke) && shown(keystroke, index));
  for (const keystroke of fresh) asked[kind].add(keystroke);
  settle(fresh);
}

/** A space at a paragraph's end never shows in its HTML: such a keystroke has no preview frame. */
const showsInPreview = (key: string): boolean => key !== " ";

/** How many typed characters the preview's changed blocks show after the anchor, or -1. */
function typedShownIn(records: readonly MutationRecord[], request: ArmRequest): number {
  let shown = -1;
  for (const record of records) {
    for (const node of record.addedNodes) {
      const text = node.textContent ?? "";
      const at = text.lastIndexOf(request.anchor);
      if (at < 0) continue;
      const after = text.slice(at + request.anchor.length).trimEnd();
      if (request.typed.startsWith(after)) shown = Math.max(shown, after.length);
    }
  }
  return shown;
}

const editorWatch = new MutationObserver(() => {
  for (const keystroke of keystrokes) editorChanged.add(keystroke);
});
const previewWatch = new MutationObserver((records) => {
  if (!armed) return;
  const shown = typedShownIn(records, armed);
  ask("preview", settlePreview, (keystroke, index) => showsInPreview(keystroke.key) && index < shown);
});
const analysisWatch = new MutationObserver(() => {
  if (!armed) return;
  const sequence = Number(readabilityPanel()?.getAttribute("data-analysed-sequence") ?? "0");
  const length = workerRuns.get(sequence)?.length ?? 0;
  const base = armed.baseLength;
  ask("analysis", settleAnalysis, (_keystroke, index) => base + index + 1 <= length);
});

window.addEventListener(
  "keydown",
  (event) => {
    if (!armed || keystrokes.length >= armed.typed.length) return;
    const keystroke: KeystrokeTiming = { key: event.key, downAt: event.timeStamp, editorAt: null, previewAt: null, analysisAt: null };
    keystrokes.push(keystroke);
    awaitEditorFrame(keystroke);
  },
  { capture: true },
);

const probe: BenchProbe = {
  arm(request) {
    armed = request;
    // Found once: looking for it in a document that a long preview fills costs more with every slice.
  editor ??= editorContent();
    if (editor) editorWatch.observe(editor, { childList: true, subtree: true, characterData: true });
    const preview = previewBody();
    if (preview) previewWatch.observe(preview, { childList: true, subtree: true, characterData: true });
    const panel = readabilityPanel();
    if (panel) analysisWatch.observe(panel, { attributes: true, attributeFilter: ["data-analysed-sequence"] });
  },
  settled() {
    const typedAll = armed !== null && keystrokes.length === armed.typed.length;
    const editorDone = keystrokes.every((keystroke) => keystroke.editorAt !== null);
    const previewDone = !previewBody() || keystrokes.every((keystroke) => !showsInPreview(keystroke.key) || keystroke.previewAt !== null);
    const analysisDone = !readabilityPanel() || keystrokes.every((keystroke) => keystroke.analysisAt !== null);
    return typedAll && editorDone && previewDone && analysisDone;
  },
  report(): ProbeReport {
    return { editableAt, filledAt, keystrokes, longTasks, slowEvents, workerRuns: [...workerRuns.values()] };
  },
};
window.benchProbe = probe;
