import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { type SystemPaths, appDataFolder, defaultPostsFolder, settingsFilePath } from "../../src/main/app-paths";
import { useTempFolders } from "./support/temp-folder";

describe("default folders without Electron", () => {
  const tempFolder = useTempFolders();
  const linux = (home: string, env: SystemPaths["env"] = {}): SystemPaths => ({ platform: "linux", home, env });

  it("keeps posts in Documents/Clearpost on Linux when no user-dirs file says otherwise", async () => {
    const home = await tempFolder();
    expect(await defaultPostsFolder(linux(home))).toBe(path.join(home, "Documents", "Clearpost"));
  });

  it("honours the Documents folder from ~/.config/user-dirs.dirs", async () => {
    const home = await tempFolder();
    await mkdir(path.join(home, ".config"));
    await writeFile(path.join(home, ".config", "user-dirs.dirs"), '# comment\nXDG_DESKTOP_DIR="$HOME/Desktop"\nXDG_DOCUMENTS_DIR="$HOME/Dokumente"\n');
    expect(await defaultPostsFolder(linux(home))).toBe(path.join(home, "Dokumente", "Clearpost"));
  });

  it("reads user-dirs.dirs from XDG_CONFIG_HOME, and XDG_DOCUMENTS_DIR from the environment first", async () => {
    const home = await tempFolder();
    const config = path.join(home, "elsewhere");
    await mkdir(config);
    await writeFile(path.join(config, "user-dirs.dirs"), 'XDG_DOCUMENTS_DIR="/srv/docs"\n');
    expect(await defaultPostsFolder(linux(home, { XDG_CONFIG_HOME: config }))).toBe("/srv/docs/Clearpost");
    expect(await defaultPostsFolder(linux(home, { XDG_CONFIG_HOME: config, XDG_DOCUMENTS_DIR: "/env/docs" }))).toBe("/env/docs/Clearpost");
  });

  it("uses Documents in the user profile on Windows and in the home folder on macOS", async () => {
    expect(await defaultPostsFolder({ platform: "win32", home: "C:\\Users\\ann", env: { USERPROFILE: "D:\\Profiles\\ann" } })).toBe("D:\\Profiles\\ann\\Documents\\Clearpost");
    expect(await defaultPostsFolder({ platform: "darwin", home: "/Users/ann", env: {} })).toBe("/Users/ann/Documents/Clearpost");
  });

  it("keeps settings where Electron keeps the app's data on each platform", () => {
    expect(appDataFolder(linux("/home/ann"))).toBe("/home/ann/.config/Clearpost");
    expect(appDataFolder(linux("/home/ann", { XDG_CONFIG_HOME: "/xdg" }))).toBe("/xdg/Clearpost");
    expect(appDataFolder(linux("/home/ann", { XDG_CONFIG_HOME: "relative/ignored" }))).toBe("/home/ann/.config/Clearpost");
    expect(appDataFolder({ platform: "darwin", home: "/Users/ann", env: {} })).toBe("/Users/ann/Library/Application Support/Clearpost");
    expect(appDataFolder({ platform: "win32", home: "C:\\Users\\ann", env: { APPDATA: "C:\\Users\\ann\\AppData\\Roaming" } })).toBe("C:\\Users\\ann\\AppData\\Roaming\\Clearpost");
    expect(settingsFilePath(linux("/home/ann"))).toBe("/home/ann/.config/Clearpost/settings.json");
  });
});
