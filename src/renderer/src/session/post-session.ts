/**
 * The post open in the editor: the text (in CodeMirror's state, never in React's), the version on
 * disk it is based on, saving and autosaving, and what to do when the file changes behind the
 * writer's back. React components watch its two small stores; nothing here re-renders per keystroke.
 */
import { Compartment, EditorState, type Text, Transaction } from "@codemirror/state";
import { EditorView, type ViewUpdate } from "@codemirror/view";
import type { ClearpostApi } from "../../../shared/api/contract";
import type { PostDocument, PostId, PostsChangedEvent, PostSummary, PostVersion, Settings } from "../../../shared/model/post";
import { createPostSplitter } from "../../../shared/post/front-matter";
import { apiErrorCode, errorMessage } from "../api/api-errors";
import { afterPaint } from "../editor/after-paint";
import { PostAnalysis } from "../editor/analysis-session";
import { createHostedEditor } from "../editor/editor-host";
import { imageInsertion } from "../editor/image-insertion";
import { postEditorKeymap } from "../editor/keymap";
import { changeToText, loadedFromDisk } from "../editor/replace-document";
import { formattingKeymap } from "../editor/formatting-commands";
import { lineEndingsOf, postEditorSetup } from "../editor/setup";
import { type WritingModes, writingModes } from "../editor/writing-modes";
import { createStore, type Store } from "../store";
import { BackupJournal } from "./backup-journal";
import { followPostSpelling } from "./post-spelling";
import { saveImageFile } from "./save-image-file";
import type { CursorPosition, DocumentSnapshot, PostSessionStatus } from "./session-status";

const LEAVE_WITH_CONFLICT =
  "This post has changes that are not on disk and the file there changed or went away. Choose what to keep in the banner above the editor first.";

/** What a session needs from the app. */
export interface PostSessionOptions {
  readonly api: ClearpostApi;
  readonly document: PostDocument;
  /** Read at every change, so a new autosave delay applies at once. */
  readonly settings: Store<Settings>;
  /** Shows a failure to the writer. */
  readonly reportError: (error: unknown) => void;
  /** Put the caret at the end and focus the editor when it is first shown (a new post). */
  readonly focus?: boolean;
  /** A Markdown file dropped on the editor: open it rather than insert it. */
  readonly openMarkdownFile: (file: File) => void;
}

function cursorOf(state: EditorState): CursorPosition {
  const { head } = state.selection.main;
  const line = state.doc.lineAt(head);
  return { line: line.number, column: head - line.from + 1, offset: head };
}


/** One open post. Create it from a loaded document; `destroy()` it when another post opens. */
export class PostSession {
  /** The editor; mount `editorHost` in the page to show it. */
  readonly view: EditorView;
  readonly editorHost: HTMLElement;
  /** Focus the editor when it is first shown. */
  readonly focusWhenShown: boolean;
  readonly status: Store<PostSessionStatus>;
  /** The text as of the last painted frame: the preview and the status bar follow this, coalesced per frame. */
  readonly snapshot: Store<DocumentSnapshot>;
  /** The readability analysis that follows the snapshot in a worker and marks the editor. */
  readonly analysis: PostAnalysis;
  /** Where the cursor is, as of the last painted frame that moved it: the status bar shows it, the Outline marks its heading. */
  readonly cursor: Store<CursorPosition>;

  private readonly api: ClearpostApi;
  private readonly settings: Store<Settings>;
  private readonly reportError: (error: unknown) => void;
  private readonly readOnlyMode = new Compartment();
  private readonly writingModes = new Compartment();
  /** The modes the editor is in: it starts with both off. */
  private modes: WritingModes = { focus: false, typewriter: false };
  private readonly publishAfterPaint = afterPaint(() => this.publish());
  private readonly splitPost = createPostSplitter();
  private readonly publishCursorAfterPaint = afterPaint(() => this.publishCursor());
  private readonly stopWatchingDisk: () => void;
  private readonly stopFollowingSpelling: () => void;
  private baseVersion: PostVersion;
  /** Every version this session loaded or wrote: late events about them are our own, not someone else's. */
  private readonly knownVersions = new Set<PostVersion>();
  /** The document as last loaded or saved. */
  private savedDoc: Text;
  private dirty = false;
  private saving: Promise<boolean> | null = null;
  /** Saves, loads, renames and deletes in flight: disk events wait until they end. */
  private busy = 0;
  private heldEvents: PostsChangedEvent[] = [];
  private autosaveTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly journal: BackupJournal;
  private destroyed = false;

  constructor(options: PostSessionOptions) {
    const { document } = options;
    this.api = options.api;
    this.settings = options.settings;
    this.reportError = options.reportError;
    this.focusWhenShown = options.focus ?? false;
    this.baseVersion = document.version;
    this.knownVersions.add(document.version);
    this.analysis = new PostAnalysis({ settings: options.settings });
    this.status = createStore<PostSessionStatus>({
      id: document.id,
      summary: document.summary,
      readOnly: document.readOnly,
      saveState: "saved",
      conflict: null,
      saveFailure: null,
    });
    let state = EditorState.create({
      doc: document.text,
      extensions: [
        postEditorSetup(),
        lineEndingsOf(document.text),
        formattingKeymap(),
        postEditorKeymap({ save: () => void this.save() }),
        this.writingModes.of([]),
        this.readOnlyMode.of(EditorState.readOnly.of(document.readOnly !== null)),
        EditorView.updateListener.of((update) => this.onUpdate(update)),
        this.analysis.editorExtension,
        imageInsertion({ saveImage: (file) => saveImageFile(this.api, this.id, file), openMarkdownFile: options.openMarkdownFile, reportError: this.reportError }),
      ],
    });
    if (this.focusWhenShown) state = state.update({ selection: { anchor: state.doc.length } }).state;
    const hosted = createHostedEditor(state);
    this.view = hosted.view;
    this.editorHost = hosted.host;
    this.savedDoc = state.doc;
    this.snapshot = createStore(this.snapshotOf(state));
    this.cursor = createStore(cursorOf(state));
    this.analysis.attach(this.view, this.snapshot);
    this.stopWatchingDisk = this.api.onDidChangePosts((event) => this.onDiskChange(event));
    this.journal = new BackupJournal({ api: this.api, reportError: this.reportError, unsaved: () => this.unsavedText() });
    this.stopFollowingSpelling = followPostSpelling({ api: this.api, view: this.view, snapshot: this.snapshot, settings: this.settings, reportError: this.reportError });
  }

  /** How the writer's settings say exports should write images. */
  get exportImages(): Settings["exportImages"] {
    return this.settings.get().exportImages;
  }

  /** The open post's id (it changes when the writer renames the file). */
  get id(): PostId {
    return this.status.get().id;
  }

  /**
   * Writes the editor's text when it has unsaved changes, or always with `overwrite` (the
   * writer's "keep mine", which ignores what is on disk). Resolves true once the text is on
   * disk; a conflict with the disk shows the banner rather than an error.
   */
  async save({ overwrite = false, allowEmpty = false }: { overwrite?: boolean; allowEmpty?: boolean } = {}): Promise<boolean> {
    while (this.saving) await this.saving;
    if (this.destroyed || this.status.get().readOnly) return false;
    if (!this.dirty && !overwrite) return true;
    this.saving = this.write(overwrite, allowEmpty);
    try {
      return await this.saving;
    } finally {
      this.saving = null;
    }
  }

  /**
   * Loads the text on disk into the editor. With `discardChanges` (the writer's "take theirs")
   * unsaved changes are replaced, and undo brings them back; otherwise typing that happened
   * while the file was read turns the reload into a conflict.
   */
  async reload({ discardChanges = false }: { discardChanges?: boolean } = {}): Promise<void> {
    this.busy++;
    try {
      const document = await this.api.readPost(this.id);
      if (this.destroyed) return;
      if (this.dirty && !discardChanges) this.updateStatus({ conflict: "changed-on-disk" });
      else this.load(document, discardChanges);
    } catch (error) {
      if (!this.destroyed) this.reportError(error);
    } finally {
      this.release();
    }
  }

  /** Makes sure leaving this post loses nothing: saves unsaved changes, and refuses (saying why) while a conflict waits. */
  async flush(): Promise<boolean> {
    if (this.status.get().readOnly) return true;
    if (this.dirty && this.status.get().conflict !== null) {
      this.reportError(new Error(LEAVE_WITH_CONFLICT));
      return false;
    }
    return this.save();
  }

  /** Runs `operation` on this post's file (a rename or a delete) with disk events held until it ends, so they are not taken for someone else's change. */
  async hold<T>(operation: () => Promise<T>): Promise<T> {
    this.busy++;
    try {
      return await operation();
    } finally {
      this.release();
    }
  }

  /** Follows the post to its new file name after the writer renamed it. */
  renamed(summary: PostSummary): void {
    this.updateStatus({ id: summary.id, summary });
  }

  /**
   * Replaces the editor's text as if the writer had typed it (a restored backup or an old
   * version): undo brings the previous text back, and autosave writes the new one.
   */
  applyText(text: string): void {
    const changes = changeToText(this.view.state, text);
    if (changes) this.view.dispatch({ changes, userEvent: "input.restore", scrollIntoView: true });
  }

  /** Switches focus and typewriter mode on or off in this post's editor. */
  setWritingModes(modes: WritingModes): void {
    // Opening a post applies the writer's modes: when both are off, that is no change, and no reconfiguration to pay for.
    if (modes.focus === this.modes.focus && modes.typewriter === this.modes.typewriter) return;
    this.modes = modes;
    this.view.dispatch({ effects: this.writingModes.reconfigure(writingModes(modes)) });
  }

  /** The writer closes the post without keeping its unsaved text: its backup goes too. */
  discardUnsaved(): void {
    this.journal.discard(this.id);
  }

  /** Drops the editor and stops saving; call `flush()` first to keep unsaved changes (until then they stay in the backup). */
  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    clearTimeout(this.autosaveTimer);
    this.journal.dispose();
    this.stopFollowingSpelling();
    this.publishAfterPaint.dispose();
    this.publishCursorAfterPaint.dispose();
    this.analysis.destroy();
    this.stopWatchingDisk();
    this.view.destroy();
  }

  private onUpdate(update: ViewUpdate): void {
    if (update.selectionSet || update.docChanged) this.publishCursorAfterPaint.request();
    if (!update.docChanged) return;
    if (!update.transactions.some((tr) => tr.annotation(loadedFromDisk))) {
      this.dirty = true;
      this.scheduleAutosave();
      this.journal.changed();
    }
    this.publishAfterPaint.request();
  }

  /** Runs after the frame that showed a change: one snapshot for all readers, and the first change flips the save state. */
  private publish(): void {
    this.snapshot.set(this.snapshotOf(this.view.state));
    if (this.dirty && this.status.get().saveState === "saved") this.updateStatus({ saveState: "unsaved" });
  }

  private snapshotOf(state: EditorState): DocumentSnapshot {
    const text = state.doc.toString();
    return { text, post: this.splitPost(text) };
  }

  private publishCursor(): void {
    const next = cursorOf(this.view.state);
    const current = this.cursor.get();
    if (next.line !== current.line || next.column !== current.column) this.cursor.set(next);
  }

  private scheduleAutosave(): void {
    clearTimeout(this.autosaveTimer);
    const { readOnly, conflict } = this.status.get();
    if (readOnly || conflict) return;
    this.autosaveTimer = setTimeout(() => void this.save(), this.settings.get().autosaveDelayMs);
  }

  /** What the backup journal should keep now: the text while it is unsaved, else nothing. */
  private unsavedText() {
    if (!this.dirty || this.destroyed || this.status.get().readOnly) return null;
    const baseVersion = this.status.get().conflict === "removed" ? null : this.baseVersion;
    return { id: this.id, text: this.view.state.sliceDoc(), baseVersion };
  }

  private async write(overwrite: boolean, allowEmpty: boolean): Promise<boolean> {
    clearTimeout(this.autosaveTimer);
    this.busy++;
    // Backups already sent land first, so the save's clearing of the backup comes after them.
    await this.journal.settled();
    const state = this.view.state;
    // A file that went away is written anew; otherwise the server refuses to overwrite changes we have not seen.
    const baseVersion = overwrite || this.status.get().conflict === "removed" ? null : this.baseVersion;
    this.updateStatus({ saveState: "saving" });
    try {
      const result = await this.api.savePost({ id: this.id, text: state.sliceDoc(), baseVersion, ...(allowEmpty ? { allowEmpty } : {}) });
      if (this.destroyed) return true;
      this.baseVersion = result.version;
      this.knownVersions.add(result.version);
      this.savedDoc = state.doc;
      // Typing during the save keeps the post unsaved; the next idle pause saves it again.
      this.dirty = this.view.state.doc !== state.doc;
      this.updateStatus({ saveState: this.dirty ? "unsaved" : "saved", conflict: null, saveFailure: null, summary: result.summary });
      if (this.dirty) this.scheduleAutosave();
      else this.journal.saved();
      return true;
    } catch (error) {
      if (this.destroyed) return false;
      const code = apiErrorCode(error);
      if (code === "conflict") {
        this.updateStatus({ saveState: "unsaved", conflict: "changed-on-disk" });
      } else if (code !== null) {
        // Disk full, no permission, folder gone: said above the editor, with Retry; the text stays here and in the backup.
        this.updateStatus({ saveState: "unsaved", saveFailure: { message: errorMessage(error), wouldEmpty: code === "would-empty" } });
      } else {
        this.updateStatus({ saveState: "unsaved" });
        this.reportError(error);
      }
      return false;
    } finally {
      this.release();
    }
  }

  private load(document: PostDocument, undoable: boolean): void {
    if (this.dirty) this.journal.discard(this.id);
    const changes = changeToText(this.view.state, document.text);
    this.view.dispatch({
      ...(changes ? { changes } : {}),
      effects: this.readOnlyMode.reconfigure(EditorState.readOnly.of(document.readOnly !== null)),
      annotations: [loadedFromDisk.of(true), Transaction.addToHistory.of(undoable)],
    });
    clearTimeout(this.autosaveTimer);
    this.baseVersion = document.version;
    this.knownVersions.add(document.version);
    this.savedDoc = this.view.state.doc;
    this.dirty = false;
    this.updateStatus({ id: document.id, summary: document.summary, readOnly: document.readOnly, saveState: "saved", conflict: null, saveFailure: null });
  }

  private onDiskChange(event: PostsChangedEvent): void {
    if (this.busy > 0) this.heldEvents.push(event);
    else this.handleDiskChange(event);
  }

  private release(): void {
    this.busy--;
    if (this.busy > 0 || this.destroyed) return;
    for (const event of this.heldEvents.splice(0)) this.handleDiskChange(event);
  }

  /** Our own saves come back as events with versions we know, and change nothing. */
  private handleDiskChange(event: PostsChangedEvent): void {
    if (this.destroyed || event.id !== this.id) return;
    if (event.kind === "removed") {
      clearTimeout(this.autosaveTimer);
      this.dirty = true;
      // The editor now holds the only copy: journal it.
      this.journal.changed();
      this.updateStatus({ saveState: "unsaved", conflict: "removed" });
      return;
    }
    if (event.version !== null && this.knownVersions.has(event.version)) {
      // The file came back as it was (an undone delete): nothing is lost.
      if (this.status.get().conflict === "removed" && event.version === this.baseVersion) {
        this.dirty = !this.view.state.doc.eq(this.savedDoc);
        this.updateStatus({ saveState: this.dirty ? "unsaved" : "saved", conflict: null });
      }
      return;
    }
    // A post deleted and written anew is a change like any other; with no edits of the writer's there is nothing to keep.
    const edited = this.dirty && !(this.status.get().conflict === "removed" && this.view.state.doc.eq(this.savedDoc));
    if (edited) this.updateStatus({ conflict: "changed-on-disk" });
    else void this.reload({ discardChanges: true });
  }

  private updateStatus(patch: Partial<PostSessionStatus>): void {
    const current = this.status.get();
    const changed = (Object.keys(patch) as (keyof PostSessionStatus)[]).some((key) => !Object.is(patch[key], current[key]));
    if (changed) this.status.set({ ...current, ...patch });
  }
}
