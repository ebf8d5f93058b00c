/** The editor's side of hot exit: backups leave on a timer after a pause in typing (or a few seconds of typing without one), in order, and never per keystroke. */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { ClearpostApi } from "../../src/shared/api/contract";
import type { BackupPostRequest } from "../../src/shared/model/unsaved";
import { BACKUP_LONGEST_WAIT_MS, BACKUP_PAUSE_MS, BackupJournal } from "../../src/renderer/src/session/backup-journal";

/** A journal over a recording API, and the text it would journal now. */
function journalOver() {
  const calls: string[] = [];
  const api = {
    backupPost: async (request: BackupPostRequest) => void calls.push(`backup ${request.text}`),
    discardBackup: async (id: string) => void calls.push(`discard ${id}`),
  } as unknown as ClearpostApi;
  const state = { text: "", unsaved: true };
  const journal = new BackupJournal({
    api,
    reportError: (error) => calls.push(`error ${String(error)}`),
    unsaved: () => (state.unsaved ? { id: "post.md", text: state.text, baseVersion: "v1" } : null),
  });
  return { calls, state, journal };
}

describe("BackupJournal", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("sends nothing while the writer types, then the latest text once they pause", async () => {
    const { calls, state, journal } = journalOver();
    for (const character of "Hello") {
      state.text += character;
      journal.changed();
      await vi.advanceTimersByTimeAsync(120);
    }
    expect(calls).toEqual([]);
    await vi.advanceTimersByTimeAsync(BACKUP_PAUSE_MS);
    expect(calls).toEqual(["backup Hello"]);
  });

  it("still journals typing that never pauses, once per longest wait rather than per keystroke", async () => {
    const { calls, state, journal } = journalOver();
    const keys = (2 * BACKUP_LONGEST_WAIT_MS) / 100;
    for (let i = 0; i < keys; i++) {
      state.text = `draft ${i}`;
      journal.changed();
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(calls).toEqual([`backup draft ${BACKUP_LONGEST_WAIT_MS / 100 - 1}`, `backup draft ${keys - 1}`]);
  });

  it("drops a pending backup once the text is saved, and discards a written one when the writer throws the text away", async () => {
    const { calls, state, journal } = journalOver();
    state.text = "saved soon";
    journal.changed();
    journal.saved();
    await vi.advanceTimersByTimeAsync(BACKUP_LONGEST_WAIT_MS);
    expect(calls).toEqual([]);

    state.text = "thrown away";
    journal.changed();
    await vi.advanceTimersByTimeAsync(BACKUP_PAUSE_MS);
    journal.discard("post.md");
    await journal.settled();
    expect(calls).toEqual(["backup thrown away", "discard post.md"]);
  });

  it("asks nothing of the API to discard when no backup was written", async () => {
    const { calls, journal } = journalOver();
    journal.discard("post.md");
    await journal.settled();
    expect(calls).toEqual([]);
  });
});
