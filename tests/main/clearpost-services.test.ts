import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { PostsChangedEvent, Workspace } from "../../src/shared/model/post";
import { type ClearpostServices, createClearpostServices, resolveStartFolder } from "../../src/main/services/clearpost-services";
import { DEFAULT_SETTINGS, SettingsStore } from "../../src/main/settings/settings-store";
import { WELCOME_POST_FILE_NAME } from "../../src/main/library/welcome-post";
import { eventRecorder } from "./support/events";
import { writeFiles } from "./support/library";
import { useTempFolders } from "./support/temp-folder";

describe("createClearpostServices", () => {
  const tempFolder = useTempFolders();
  const open: ClearpostServices[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((services) => services.close()));
  });

  async function servicesFor(options: { pickFolder?: () => Promise<string | null> } = {}) {
    const [folder, appData] = [await tempFolder(), await tempFolder()];
    const settings = new SettingsStore(path.join(appData, "settings.json"));
    const services = await createClearpostServices({ folder, settings, trash: "folder", pickFolder: options.pickFolder ?? null });
    open.push(services);
    return { folder, settings, services };
  }

  it("describes browser mode's workspace: a fixed folder and a folder trash", async () => {
    const { folder, services } = await servicesFor();
    expect(await services.getWorkspace()).toEqual({ folder, canOpenFolder: false, trash: "folder" });
  });

  it("explains how to choose another folder in browser mode instead of opening one", async () => {
    const { services } = await servicesFor();
    await expect(services.openFolder()).rejects.toMatchObject({
      code: "unsupported",
      message: "In browser mode the posts folder is chosen when the server starts: clearpost serve --posts DIR",
    });
  });

  it("creates, saves, lists, renames and deletes posts in the folder", async () => {
    const { folder, services } = await servicesFor();
    const created = await services.createPost("Hello World");
    const saved = await services.savePost({ id: created.id, text: "---\ntitle: Hello World\n---\nBody\n", baseVersion: created.version });
    expect((await services.readPost(created.id)).version).toBe(saved.version);
    expect((await services.listPosts()).map((post) => post.id)).toEqual(["hello-world.md"]);
    expect((await services.renamePost(created.id, "hello")).id).toBe("hello.md");
    await services.deletePost("hello.md");
    expect(await services.listPosts()).toEqual([]);
    expect(await readdir(path.join(folder, ".trash"))).toEqual(["hello.md"]);
  });

  it("passes the injected system trash the post's path and reports it in the workspace", async () => {
    const [folder, appData] = [await tempFolder(), await tempFolder()];
    await writeFiles(folder, { "a.md": "x" });
    const trashed: string[] = [];
    const services = await createClearpostServices({
      folder,
      settings: new SettingsStore(path.join(appData, "settings.json")),
      trash: { kind: "system", trashItem: async (file) => void trashed.push(file) },
      pickFolder: async () => null,
    });
    open.push(services);
    expect(await services.getWorkspace()).toMatchObject({ canOpenFolder: true, trash: "system" });
    await services.deletePost("a.md");
    expect(trashed).toEqual([path.join(folder, "a.md")]);
  });

  it("reads and updates settings", async () => {
    const { services } = await servicesFor();
    expect(await services.updateSettings({ readabilityTarget: 10 })).toEqual({ ...DEFAULT_SETTINGS, readabilityTarget: 10 });
    expect(await services.getSettings()).toEqual({ ...DEFAULT_SETTINGS, readabilityTarget: 10 });
    expect(await services.settingsFileProblem()).toBeNull();
  });

  it("spells in the open post's language, else the writer's, and not at all when spelling is off", async () => {
    const languages: (string | null)[] = [];
    const { folder } = await servicesFor();
    const services = await createClearpostServices({
      folder,
      settings: new SettingsStore(path.join(await tempFolder(), "settings.json")),
      trash: "folder",
      pickFolder: null,
      spellIn: (language) => languages.push(language),
    });
    open.push(services);
    await services.setPostLanguage("fr");
    await services.setPostLanguage(null);
    await services.updateSettings({ spellcheckLanguage: "off" });
    await services.setPostLanguage("fr");
    expect(languages).toEqual(["en-US", "fr", "en-US", null, null]);
  });

  it("reports posts changed on disk until the listener unsubscribes", async () => {
    const { folder, services } = await servicesFor();
    const recorder = eventRecorder<PostsChangedEvent>();
    const unsubscribe = services.onDidChangePosts(recorder.listener);
    await writeFiles(folder, { "outside.md": "x" });
    await recorder.waitFor((e) => e.id === "outside.md");
    unsubscribe();
    const seen = recorder.events.length;
    await writeFiles(folder, { "later.md": "x" });
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(recorder.events.length).toBe(seen);
  });

  it("opens a folder the writer picks: creates it, watches it, remembers it and announces it", async () => {
    const picked = path.join(await tempFolder(), "New Posts");
    const { folder: first, settings, services } = await servicesFor({ pickFolder: async () => picked });
    const workspaces = eventRecorder<Workspace>();
    const posts = eventRecorder<PostsChangedEvent>();
    services.onDidChangeWorkspace(workspaces.listener);
    services.onDidChangePosts(posts.listener);

    const workspace = await services.openFolder();
    expect(workspace).toEqual({ folder: picked, canOpenFolder: true, trash: "folder" });
    expect(workspaces.events).toEqual([workspace]);
    expect(await settings.postsFolder()).toBe(picked);
    expect((await services.listPosts()).map((post) => post.id)).toEqual([WELCOME_POST_FILE_NAME]);

    await writeFiles(first, { "old-folder.md": "x" });
    await writeFiles(picked, { "new-folder.md": "x" });
    await posts.waitFor((e) => e.id === "new-folder.md");
    expect(posts.events.map((e) => e.id)).not.toContain("old-folder.md");
  });

  it("passes a command chosen in the desktop menu to the window until it unsubscribes", async () => {
    const { services } = await servicesFor();
    const commands: string[] = [];
    const unsubscribe = services.onDidChooseMenuCommand((command) => commands.push(command));
    services.chooseMenuCommand("export-html");
    unsubscribe();
    services.chooseMenuCommand("export-html");
    expect(commands).toEqual(["export-html"]);
  });

  it("exports every post into the folder the writer picks, or nowhere when they cancel", async () => {
    const [folder, appData, site] = [await tempFolder(), await tempFolder(), await tempFolder()];
    await writeFiles(folder, { "a.md": "---\ntitle: A\n---\nA.\n" });
    let picked: string | null = site;
    const services = await createClearpostServices({
      folder,
      settings: new SettingsStore(path.join(appData, "settings.json")),
      trash: "folder",
      pickFolder: null,
      pickExportFolder: async () => picked,
    });
    open.push(services);
    expect(await services.exportAllPosts({ images: "inline" })).toEqual({ folder: site, posts: 1, drafts: 0, missingImages: 0 });
    expect((await readdir(site)).sort()).toEqual(["a.html", "index.html"]);
    picked = null;
    expect(await services.exportAllPosts({ images: "inline" })).toEqual({ folder: null, posts: 0, drafts: 0, missingImages: 0 });
  });

  it("stays in the current folder when the writer cancels the folder picker", async () => {
    const { folder, services } = await servicesFor({ pickFolder: async () => null });
    expect(await services.openFolder()).toBeNull();
    expect((await services.getWorkspace()).folder).toBe(folder);
  });
});

describe("resolveStartFolder", () => {
  const tempFolder = useTempFolders();

  it("prefers the folder asked for, then the last folder opened, then Documents/Clearpost", async () => {
    const settings = new SettingsStore(path.join(await tempFolder(), "settings.json"));
    expect(await resolveStartFolder(settings)).toMatch(/Clearpost$/);
    await settings.rememberPostsFolder("/srv/last");
    expect(await resolveStartFolder(settings)).toBe("/srv/last");
    expect(await resolveStartFolder(settings, "/srv/asked")).toBe("/srv/asked");
    expect(JSON.parse(await readFile(settings.filePath, "utf8")).postsFolder).toBe("/srv/last");
  });
});
