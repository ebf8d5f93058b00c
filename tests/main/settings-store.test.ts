import { mkdir, readFile, readdir, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS, SettingsStore } from "../../src/main/settings/settings-store";
import { useTempFolders } from "./support/temp-folder";

describe("SettingsStore", () => {
  const tempFolder = useTempFolders();

  it("starts from the defaults when there is no settings file", async () => {
    const store = new SettingsStore(path.join(await tempFolder(), "settings.json"));
    expect(await store.get()).toEqual(DEFAULT_SETTINGS);
    expect(await store.postsFolder()).toBeUndefined();
    expect(await store.takeProblem()).toBeNull();
  });

  it("falls back to the defaults when the settings file is corrupt, keeps a copy of it and says so once", async () => {
    const folder = await tempFolder();
    const file = path.join(folder, "settings.json");
    await writeFile(file, "{ not json");
    const store = new SettingsStore(file);
    expect(await store.get()).toEqual(DEFAULT_SETTINGS);
    const problem = await store.takeProblem();
    expect(problem?.message).toMatch(/not valid JSON/);
    expect(problem?.copy).toMatch(/settings\.json\.broken-/);
    // Told once: a reloaded window is not told again.
    expect(await store.takeProblem()).toBeNull();
    expect(await readFile(problem?.copy ?? "", "utf8")).toBe("{ not json");
    expect(JSON.parse(await readFile(file, "utf8"))).toEqual(DEFAULT_SETTINGS);
    expect((await readdir(folder)).sort()).toEqual(["settings.json", path.basename(problem?.copy ?? "")].sort());
    // The next start reads the replaced file: nothing more to report, no second copy.
    const restarted = new SettingsStore(file);
    expect(await restarted.takeProblem()).toBeNull();
    expect(await readdir(folder)).toHaveLength(2);
  });

  it("reports a file that is JSON but not settings", async () => {
    const file = path.join(await tempFolder(), "settings.json");
    await writeFile(file, "[1, 2]");
    const store = new SettingsStore(file);
    expect(await store.get()).toEqual(DEFAULT_SETTINGS);
    expect((await store.takeProblem())?.message).toMatch(/holds no settings object/);
  });

  it("reports a settings file that cannot be read, and leaves it where it is", async () => {
    // A folder in the file's place cannot be read even by root, unlike a file without read permission.
    const file = path.join(await tempFolder(), "settings.json");
    await mkdir(file);
    const store = new SettingsStore(file);
    expect(await store.get()).toEqual(DEFAULT_SETTINGS);
    expect(await store.takeProblem()).toMatchObject({ copy: null, message: expect.stringMatching(/could not read/) });
    expect((await stat(file)).isDirectory()).toBe(true);
  });

  it("keeps valid values and replaces invalid ones from a hand-edited file", async () => {
    const file = path.join(await tempFolder(), "settings.json");
    await writeFile(file, JSON.stringify({ readabilityTarget: 10, autosaveDelayMs: "soon", theme: "purple", postsFolder: "relative/path", extra: true }));
    const store = new SettingsStore(file);
    expect(await store.get()).toEqual({ ...DEFAULT_SETTINGS, readabilityTarget: 10 });
    expect(await store.postsFolder()).toBeUndefined();
    const problem = await store.takeProblem();
    expect(problem?.message).toContain("(autosaveDelayMs, theme, postsFolder)");
    expect(JSON.parse(await readFile(problem?.copy ?? "", "utf8"))).toMatchObject({ theme: "purple" });
  });

  it("remembers changes and the posts folder across restarts, creating the app data folder", async () => {
    const file = path.join(await tempFolder(), "Clearpost", "settings.json");
    const store = new SettingsStore(file);
    const changed = { ...DEFAULT_SETTINGS, autosaveDelayMs: 3000, theme: "dark", editorFontSize: 18, exportImages: "folder", spellcheckLanguage: "de" } as const;
    expect(await store.update({ autosaveDelayMs: 3000, theme: "dark", editorFontSize: 18, exportImages: "folder", spellcheckLanguage: "de" })).toEqual(changed);
    await store.rememberPostsFolder("/home/ann/Posts");
    const reopened = new SettingsStore(file);
    expect(await reopened.get()).toEqual(changed);
    expect(await reopened.postsFolder()).toBe("/home/ann/Posts");
    expect(JSON.parse(await readFile(file, "utf8"))).toEqual({ ...changed, postsFolder: "/home/ann/Posts" });
    expect(await readdir(path.dirname(file))).toEqual(["settings.json"]);
  });

  it("applies quick successive changes in order", async () => {
    const store = new SettingsStore(path.join(await tempFolder(), "settings.json"));
    await Promise.all([store.update({ readabilityTarget: 6 }), store.update({ autosaveDelayMs: 900 }), store.update({ readabilityTarget: 12 })]);
    expect(await new SettingsStore(store.filePath).get()).toEqual({ ...DEFAULT_SETTINGS, readabilityTarget: 12, autosaveDelayMs: 900 });
  });

  it("refuses out-of-range values and unknown settings", async () => {
    const store = new SettingsStore(path.join(await tempFolder(), "settings.json"));
    await expect(store.update({ readabilityTarget: 99 })).rejects.toMatchObject({ code: "invalid-argument" });
    await expect(store.update({ postsFolder: "/x" } as never)).rejects.toMatchObject({ code: "invalid-argument" });
    await expect(store.update({ theme: "sepia" } as never)).rejects.toMatchObject({ code: "invalid-argument" });
    await expect(store.update({ editorFontSize: 40 })).rejects.toMatchObject({ code: "invalid-argument" });
    expect(await store.get()).toEqual(DEFAULT_SETTINGS);
  });
});
