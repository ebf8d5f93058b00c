/** Local history through the real services: every save keeps the text it replaced, outside the posts folder, pruned. */
import { readdir } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { HISTORY_FOLDER_NAME } from "../../src/main/history/history-store";
import { type KeptVersion, versionsToPrune } from "../../src/main/history/prune-history";
import { writeFiles } from "./support/library";
import { useTestServices } from "./support/services";

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

describe("local history", () => {
  const start = useTestServices();

  it("keeps the text each save replaced, with its word count and grade, and gives it back", async () => {
    const { services, folder, appData } = await start();
    await writeFiles(folder, { "post.md": "---\ntitle: Draft\n---\n\nThe cat sat on the mat. It was warm.\n" });
    let { version } = await services.readPost("post.md");
    for (const text of ["Second version, with a few more words in it.\n", "Third.\n"]) {
      ({ version } = await services.savePost({ id: "post.md", text, baseVersion: version }));
    }
    const entries = await services.listHistory("post.md");
    expect(entries.map((entry) => entry.words)).toEqual([9, 9]);
    expect(await services.readHistoryVersion("post.md", entries[0]?.versionId ?? "")).toBe("Second version, with a few more words in it.\n");
    expect(await services.readHistoryVersion("post.md", entries[1]?.versionId ?? "")).toBe("---\ntitle: Draft\n---\n\nThe cat sat on the mat. It was warm.\n");
    expect(entries[1]?.grade).toEqual(expect.any(Number));
    expect(entries[0]?.savedMs).toBeGreaterThanOrEqual(entries[1]?.savedMs ?? Infinity);
    expect(await readdir(folder)).toEqual(["post.md"]);
    expect(await readdir(path.join(appData, HISTORY_FOLDER_NAME))).toHaveLength(1);
  });

  it("follows a post to its new name", async () => {
    const { services, folder } = await start();
    await writeFiles(folder, { "old-name.md": "First words.\n" });
    await services.savePost({ id: "old-name.md", text: "Second words.\n", baseVersion: null });
    await services.renamePost("old-name.md", "new-name");
    const [entry, ...others] = await services.listHistory("new-name.md");
    expect(others).toEqual([]);
    expect(await services.readHistoryVersion("new-name.md", entry?.versionId ?? "")).toBe("First words.\n");
  });

  it("keeps nothing for a save that changes nothing, and refuses version names that are not ours", async () => {
    const { services, folder } = await start();
    await writeFiles(folder, { "post.md": "Same.\n" });
    await services.savePost({ id: "post.md", text: "Same.\n", baseVersion: null });
    expect(await services.listHistory("post.md")).toEqual([]);
    await expect(services.readHistoryVersion("post.md", "../../settings")).rejects.toMatchObject({ code: "invalid-argument" });
    await expect(services.readHistoryVersion("post.md", "1700000000000-0123456789abcdef")).rejects.toMatchObject({ code: "not-found" });
  });
});

describe("pruning the history", () => {
  const now = Date.UTC(2026, 0, 31, 12);
  const version = (ageMs: number, bytes = 100): KeptVersion => ({ name: `v${ageMs}`, savedMs: now - ageMs, bytes });

  it("keeps every version of the last ten minutes", () => {
    const recent = Array.from({ length: 40 }, (_, i) => version(i * 10_000));
    expect(versionsToPrune(recent, now)).toEqual([]);
  });

  it("keeps one version per day for older ones, nothing past 90 days, and at most 50", () => {
    const hourly = Array.from({ length: 24 * 120 }, (_, i) => version(DAY + MINUTE + i * 60 * MINUTE));
    const pruned = new Set(versionsToPrune(hourly, now));
    const kept = hourly.filter((v) => !pruned.has(v.name));
    expect(kept).toHaveLength(50);
    expect(new Set(kept.map((v) => Math.floor(v.savedMs / DAY))).size).toBe(50);
    expect(kept.every((v) => now - v.savedMs <= 90 * DAY)).toBe(true);
  });

  it("drops the oldest versions once a post's history passes 20 MB, but never the newest", () => {
    const large = [version(0, 15_000_000), version(MINUTE, 10_000_000), version(2 * MINUTE, 1_000_000)];
    expect(versionsToPrune(large, now)).toEqual(["v60000"]);
    expect(versionsToPrune([version(0, 30_000_000)], now)).toEqual([]);
  });

  it("changes nothing when run again", () => {
    const mixed = Array.from({ length: 200 }, (_, i) => version(i * 7 * MINUTE));
    const pruned = new Set(versionsToPrune(mixed, now));
    const kept = mixed.filter((v) => !pruned.has(v.name));
    expect(versionsToPrune(kept, now)).toEqual([]);
  });
});
