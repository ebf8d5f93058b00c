import { readFile, readdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS, SettingsStore } from "../../src/main/settings/settings-store";
import { useTempFolders } from "./support/temp-folder";

describe("SettingsStore", () => {
  const tempFolder = useTempFolders();

  it("starts from the defaults when there is no settings file", async () => {
    const store = new SettingsStore(path.join(await tempFolder(), "settings.json"));
    expect(await store.get()).toEqual({ readabilityTarget: 8, autosaveDelayMs: 1500 });
    expect(await store.postsFolder()).toBeUndefined();
  });

  it("falls back to the defaults when the settings file is corrupt, and never fails to load", async () => {
    const file = path.join(await tempFolder(), "settings.json");
    await writeFile(file, "{ not json");
    expect(await new SettingsStore(file).get()).toEqual(DEFAULT_SETTINGS);
  });

  it("keeps valid values and replaces invalid ones from a hand-edited file", async () => {
    const file = path.join(await tempFolder(), "settings.json");
    await writeFile(file, JSON.stringify({ readabilityTarget: 10, autosaveDelayMs: "soon", postsFolder: "relative/path", extra: true }));
    const store = new SettingsStore(file);
    expect(await store.get()).toEqual({ readabilityTarget: 10, autosaveDelayMs: 1500 });
    expect(await store.postsFolder()).toBeUndefined();
  });

  it("remembers changes and the posts folder across restarts, creating the app data folder", async () => {
    const file = path.join(await tempFolder(), "Clearpost", "settings.json");
    const store = new SettingsStore(file);
    expect(await store.update({ autosaveDelayMs: 3000 })).toEqual({ readabilityTarget: 8, autosaveDelayMs: 3000 });
    await store.rememberPostsFolder("/home/ann/Posts");
    const reopened = new SettingsStore(file);
    expect(await reopened.get()).toEqual({ readabilityTarget: 8, autosaveDelayMs: 3000 });
    expect(await reopened.postsFolder()).toBe("/home/ann/Posts");
    expect(JSON.parse(await readFile(file, "utf8"))).toEqual({ readabilityTarget: 8, autosaveDelayMs: 3000, postsFolder: "/home/ann/Posts" });
    expect(await readdir(path.dirname(file))).toEqual(["settings.json"]);
  });

  it("applies quick successive changes in order", async () => {
    const store = new SettingsStore(path.join(await tempFolder(), "settings.json"));
    await Promise.all([store.update({ readabilityTarget: 6 }), store.update({ autosaveDelayMs: 900 }), store.update({ readabilityTarget: 12 })]);
    expect(await new SettingsStore(store.filePath).get()).toEqual({ readabilityTarget: 12, autosaveDelayMs: 900 });
  });

  it("refuses out-of-range values and unknown settings", async () => {
    const store = new SettingsStore(path.join(await tempFolder(), "settings.json"));
    await expect(store.update({ readabilityTarget: 99 })).rejects.toMatchObject({ code: "invalid-argument" });
    await expect(store.update({ postsFolder: "/x" } as never)).rejects.toMatchObject({ code: "invalid-argument" });
    expect(await store.get()).toEqual(DEFAULT_SETTINGS);
  });
});
