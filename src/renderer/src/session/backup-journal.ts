/**
 * Hot exit from the editor's side: the unsaved text goes to the API's backup journal at most
 * every half second while the writer types, from a timer, never from the keystroke itself.
 */
import type { ClearpostApi } from "../../../shared/api/contract";
import type { PostId } from "../../../shared/model/post";
import type { BackupPostRequest } from "../../../shared/model/unsaved";

/** Time from the first unsaved keystroke to its backup: well inside the second a crash may cost. */
export const BACKUP_INTERVAL_MS = 500;

interface BackupJournalOptions {
  readonly api: ClearpostApi;
  readonly reportError: (error: unknown) => void;
  /** What to journal now, or null when there is nothing unsaved. */
  readonly unsaved: () => BackupPostRequest | null;
}

/** One open post's journal: throttled backups, sent one after another so they land in order. */
export class BackupJournal {
  private readonly options: BackupJournalOptions;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private inFlight: Promise<void> = Promise.resolve();
  /** A backup of this post may exist: a discard must clear it. */
  private written = false;

  constructor(options: BackupJournalOptions) {
    this.options = options;
  }

  /** The text changed: it is journaled within BACKUP_INTERVAL_MS (throttled, so steady typing still gets backups). */
  changed(): void {
    this.timer ??= setTimeout(() => this.send(), BACKUP_INTERVAL_MS);
  }

  /** Resolves once every backup sent so far has landed, so a save that follows clears the last of them. */
  settled(): Promise<void> {
    return this.inFlight;
  }

  /** The text is on disk (the save cleared its backup on the other side): nothing waits to be journaled. */
  saved(): void {
    this.cancel();
    this.written = false;
  }

  /** The writer threw the unsaved text of `id` away: its backup goes too. */
  discard(id: PostId): void {
    this.cancel();
    if (!this.written) return;
    this.written = false;
    this.enqueue(() => this.options.api.discardBackup(id));
  }

  /** Stops the timer; what was journaled stays, for the next start to offer back. */
  dispose(): void {
    this.cancel();
  }

  private cancel(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private send(): void {
    this.timer = undefined;
    const request = this.options.unsaved();
    if (request === null) return;
    this.written = true;
    this.enqueue(() => this.options.api.backupPost(request));
  }

  private enqueue(call: () => Promise<void>): void {
    this.inFlight = this.inFlight.then(call).catch((error: unknown) => this.options.reportError(error));
  }
}
