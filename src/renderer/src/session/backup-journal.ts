/**
 * Hot exit from the editor's side: the unsaved text goes to the API's backup journal once the
 * writer pauses, from a timer, never from the keystroke itself. A backup copies the whole post
 * (650 KB at 100,000 words, about 30 ms of the page's time in browser mode), so it waits for a
 * pause rather than interrupting steady typing each half second; typing without any pause is
 * still journaled every BACKUP_LONGEST_WAIT_MS.
 */
import type { ClearpostApi } from "../../../shared/api/contract";
import type { PostId } from "../../../shared/model/post";
import type { BackupPostRequest } from "../../../shared/model/unsaved";

/** A pause in typing this long sends the backup: well inside the second a crash may cost. */
export const BACKUP_PAUSE_MS = 400;
/** The longest an unsaved change waits for a pause before it is journaled anyway. */
export const BACKUP_LONGEST_WAIT_MS = 5_000;

interface BackupJournalOptions {
  readonly api: ClearpostApi;
  readonly reportError: (error: unknown) => void;
  /** What to journal now, or null when there is nothing unsaved. */
  readonly unsaved: () => BackupPostRequest | null;
}

/** One open post's journal: backups after a pause, sent one after another so they land in order. */
export class BackupJournal {
  private readonly options: BackupJournalOptions;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** When the oldest change not yet journaled was made (Date.now()), or null when none waits. */
  private waitingSince: number | null = null;
  private inFlight: Promise<void> = Promise.resolve();
  /** A backup of this post may exist: a discard must clear it. */
  private written = false;

  constructor(options: BackupJournalOptions) {
    this.options = options;
  }

  /** The text changed: it is journaled after the next pause of BACKUP_PAUSE_MS, or BACKUP_LONGEST_WAIT_MS from now at the latest. */
  changed(): void {
    const now = Date.now();
    this.waitingSince ??= now;
    clearTimeout(this.timer);
    const deadline = this.waitingSince + BACKUP_LONGEST_WAIT_MS - now;
    this.timer = setTimeout(() => this.send(), Math.max(0, Math.min(BACKUP_PAUSE_MS, deadline)));
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
    this.waitingSince = null;
  }

  private send(): void {
    this.cancel();
    const request = this.options.unsaved();
    if (request === null) return;
    this.written = true;
    this.enqueue(() => this.options.api.backupPost(request));
  }

  private enqueue(call: () => Promise<void>): void {
    this.inFlight = this.inFlight.then(call).catch((error: unknown) => this.options.reportError(error));
  }
}
