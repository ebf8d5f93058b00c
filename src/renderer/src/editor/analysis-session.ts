/**
 * The readability and keyword analysis of the open post (design.md, "A keystroke's path", 2b and 3). After
 * each painted frame that changed the text, the text goes to the analysis worker; while a run
 * is in progress only the latest text is kept, and it is sent when the report comes back, so
 * nothing piles up and there is no debounce. Each report is mapped through the edits made since
 * its text was sent (ChangeDesc.mapPos), so its marks land on the right words at once; the
 * marks come as a change to those the editor has (workers/marks-delta.ts), so a report costs the
 * window what the edit changed, not the whole post. Nothing here runs on the keystroke itself but
 * a composition of the transaction's changes.
 */
import { ChangeSet, type ChangeDesc, type Extension } from "@codemirror/state";
import { EditorView, type ViewUpdate } from "@codemirror/view";
import type { Settings } from "../../../shared/model/post";
import type { KeywordCheck, KeywordReport } from "../../../shared/keywords";
import type { PostHeading } from "../../../shared/markdown/post-headings";
import type { Finding, FindingKind, SourceRange } from "../../../shared/readability";
import { createStore, type Store } from "../store";
import type { KeywordContext, ReadabilitySummary } from "../workers/analysis-protocol";
import { type AnalysisListener, type AnalysisWorkerClient, sharedAnalysisWorkerClient } from "../workers/analysis-worker-client";
import { readabilityAdvice } from "./analysis-tooltips";
import { changeReadabilityMarks, NO_MARKS, readabilityMarks, setHiddenMarkKinds } from "./analysis-marks";
import { shareFindingMessages } from "./shared-finding-messages";

/** What the panels show: the latest reports (positions in the current text), or why there are none. */
export interface AnalysisState {
  /** Null while the readability checker is off or its first report is on its way. */
  readonly readability: ReadabilitySummary | null;
  /** Null while the keyword checker is off, or before its first report. */
  readonly keywords: KeywordReport | null;
  /** Null while the outline is off, or before its first report. */
  readonly outline: readonly PostHeading[] | null;
  /** Set when the worker failed; the panels say so. */
  readonly failure: string | null;
  /** The number of the request the report answers (0 without a report), so a measurement can tell which text is shown. */
  readonly sequence: number;
}

/** The analyses a panel can turn on. */
export type AnalysisPart = "readability" | "keywords" | "outline";

/** The request being analysed: its number and the edits made to the editor since its text was taken. */
interface InFlight {
  readonly sequence: number;
  changes: ChangeDesc;
}

let nextKey = 0;

/** One open post's analysis: feeds the worker, keeps the reports' store and the editor's readability marks. */
export class PostAnalysis {
  /** The latest reports; the panels subscribe to it, so a report re-renders the panels only. */
  readonly state: Store<AnalysisState> = createStore<AnalysisState>({ readability: null, keywords: null, outline: null, failure: null, sequence: 0 });
  /** Add to the editor's extensions: the marks, their tooltips and the change tracking. */
  readonly editorExtension: Extension;

  private readonly key = `post-${++nextKey}`;
  private readonly settings: Store<Settings>;
  private readonly client: AnalysisWorkerClient;
  private view: EditorView | null = null;
  private readonly enabled = new Set<AnalysisPart>();
  private keywordContext: KeywordContext = { slug: "", otherFocusKeyphrases: [] };
  private sequence = 0;
  private inFlight: InFlight | null = null;
  /** The text changed while a request was in flight: send the latest when it returns. */
  private stale = false;
  /** The request whose marks the editor shows (0: none), so the worker sends only what changed since. */
  private marksOf = 0;
  private readonly stops: (() => void)[] = [];
  /**
   * A report reaches the panels in a task of its own, after the one that marks the editor: on a
   * long post each half is a long task, and the writer's next keystroke can come between them.
   */
  private readonly panelsChannel = new MessageChannel();
  /** The state waiting for that task, or null. */
  private pendingState: AnalysisState | null = null;

  constructor(options: { readonly settings: Store<Settings>; readonly client?: AnalysisWorkerClient }) {
    this.settings = options.settings;
    this.client = options.client ?? sharedAnalysisWorkerClient();
    this.editorExtension = [readabilityMarks(), readabilityAdvice(), EditorView.updateListener.of((update) => this.trackChanges(update))];
    this.panelsChannel.port1.onmessage = () => {
      const next = this.pendingState;
      this.pendingState = null;
      if (next) this.state.set(next);
    };
  }

  /**
   * Starts following `view`: `painted` is the session's store that changes after each painted
   * frame that changed the text; the settings give the default target.
   */
  attach(view: EditorView, painted: Store<unknown>): void {
    this.view = view;
    this.stops.push(
      painted.subscribe(() => this.request()),
      this.settings.subscribe(() => this.request()),
      this.client.connect(this.key, this.onResponse),
    );
  }

  /** Turns a checker on (analyse now, and after every change) or off (its report and, for readability, the marks go). */
  setEnabled(part: AnalysisPart, enabled: boolean): void {
    if (enabled === this.enabled.has(part)) return;
    if (enabled) this.enabled.add(part);
    else this.enabled.delete(part);
    // A report still on its way is for the old choice of checkers: it will be dropped by its number.
    this.inFlight = null;
    this.stale = false;
    if (!enabled) {
      this.setState({ ...(this.pendingState ?? this.state.get()), [part]: null });
      if (part === "readability") {
        this.marksOf = 0;
        this.view?.dispatch({ effects: changeReadabilityMarks.of(NO_MARKS) });
      }
    }
    this.request();
  }

  /** The keyword checks' view of the library; a change re-checks the post. */
  setKeywordContext(context: KeywordContext): void {
    this.keywordContext = context;
    if (this.enabled.has("keywords")) this.request();
  }

  /** Hides the marks of these kinds (the report keeps them). */
  setHiddenKinds(kinds: ReadonlySet<FindingKind>): void {
    this.view?.dispatch({ effects: setHiddenMarkKinds.of(kinds) });
  }

  destroy(): void {
    this.enabled.clear();
    for (const stop of this.stops.splice(0)) stop();
    this.pendingState = null;
    this.panelsChannel.port1.close();
    this.view = null;
  }

  /** Shows `state` in the panels now, in place of a report still waiting for its task. */
  private setState(state: AnalysisState): void {
    this.pendingState = null;
    this.state.set(state);
  }

  private request(): void {
    if (this.enabled.size === 0 || !this.view) return;
    if (this.inFlight) {
      this.stale = true;
      return;
    }
    const { state } = this.view;
    this.inFlight = { sequence: ++this.sequence, changes: ChangeSet.empty(state.doc.length).desc };
    this.client.analyze({
      type: "analyze",
      key: this.key,
      sequence: this.sequence,
      // One "\n" per line break, as the editor counts them, so report offsets are editor positions in CRLF posts too.
      text: state.doc.toString(),
      readability: this.enabled.has("readability") ? { target: this.settings.get().readabilityTarget, marksOf: this.marksOf } : null,
      keywords: this.enabled.has("keywords") ? this.keywordContext : null,
      outline: this.enabled.has("outline"),
    });
  }

  private trackChanges(update: ViewUpdate): void {
    if (update.docChanged && this.inFlight) this.inFlight.changes = this.inFlight.changes.composeDesc(update.changes.desc);
  }

  private readonly onResponse: AnalysisListener = (response) => {
    if (response.type === "worker-failed") {
      this.inFlight = null;
      this.setState({ readability: null, keywords: null, outline: null, failure: response.message, sequence: 0 });
      return;
    }
    const inFlight = this.inFlight;
    // An answer to a request we no longer wait for (the checker was turned off and on) is stale.
    if (!inFlight || response.sequence !== inFlight.sequence || this.enabled.size === 0 || !this.view) return;
    this.inFlight = null;
    if (response.type === "failed") {
      this.setState({ readability: null, keywords: null, outline: null, failure: response.message, sequence: 0 });
    } else {
      const { readability, marks, keywords, outline } = response.reports;
      if (marks) shareFindingMessages(marks.added);
      const mapped = {
        readability: readability && mapReadabilitySummary(readability, inFlight.changes),
        keywords: keywords && mapKeywordReport(keywords, inFlight.changes),
        outline: outline && mapRanges(outline, inFlight.changes),
      };
      // A report that changes no mark (after a typed space, say) leaves the editor alone.
      if (marks && (marks.removed === null || marks.removed.length > 0 || marks.added.length > 0)) {
        const { removed, removedSpan, added } = marks;
        this.view.dispatch({
          effects: changeReadabilityMarks.of({
            removed: removed && new Set(removed),
            removedFrom: inFlight.changes.mapPos(removedSpan.from, -1),
            removedTo: inFlight.changes.mapPos(removedSpan.to, 1),
            added: mapRanges(added, inFlight.changes),
          }),
        });
      }
      if (marks) this.marksOf = response.sequence;
      const first = this.pendingState === null;
      this.pendingState = { ...mapped, failure: null, sequence: response.sequence };
      if (first) this.panelsChannel.port2.postMessage(null);
    }
    if (this.stale) {
      this.stale = false;
      this.request();
    }
  };
}

/** A range moved through `changes`; a mark's ends do not grow over text typed at its edges. Null when the range was deleted. */
function mapRange<T extends SourceRange>(range: T, changes: ChangeDesc): T | null {
  const from = changes.mapPos(range.from, 1);
  const to = Math.max(from, changes.mapPos(range.to, -1));
  return to > from || range.to === range.from ? { ...range, from, to } : null;
}

/** `ranges` moved through `changes`, without the deleted ones. */
function mapRanges<T extends SourceRange>(ranges: readonly T[], changes: ChangeDesc): T[] {
  return ranges.flatMap((range) => mapRange(range, changes) ?? []);
}

/** `report` with every position moved through the edits made since its text was sent. */
function mapReadabilitySummary(report: ReadabilitySummary, changes: ChangeDesc): ReadabilitySummary {
  if (changes.empty) return report;
  return {
    ...report,
    fixFirst: mapRanges<Finding>(report.fixFirst, changes),
    checks: report.checks.map((check) => ({ ...check, ranges: mapRanges(check.ranges, changes) })),
  };
}

/** `report` with its suggestions' and checks' places moved through the edits made since its text was sent. */
function mapKeywordReport(report: KeywordReport, changes: ChangeDesc): KeywordReport {
  if (changes.empty) return report;
  const mapChecks = (checks: readonly KeywordCheck[]) => checks.map((check) => (check.ranges ? { ...check, ranges: mapRanges(check.ranges, changes) } : check));
  const mapKeyphrase = <T extends { readonly checks: readonly KeywordCheck[] }>(keyphrase: T): T => ({ ...keyphrase, checks: mapChecks(keyphrase.checks) });
  return {
    ...report,
    suggestions: report.suggestions.map((suggestion) => ({ ...suggestion, ranges: mapRanges(suggestion.ranges, changes) })),
    focus: report.focus && mapKeyphrase(report.focus),
    keywords: report.keywords.map(mapKeyphrase),
    post: mapChecks(report.post),
  };
}
