/**
 * `npm run dist` cannot run here (it downloads Electron), so this holds electron-builder.yml to
 * electron-builder's own schema and checks the promises the README makes about it.
 */
import { readFile } from "node:fs/promises";
import { DebugLogger } from "builder-util";
import { validateConfiguration } from "app-builder-lib/out/util/config/config";
import type { Configuration } from "app-builder-lib";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

const loadConfiguration = async (): Promise<Configuration> => parse(await readFile("electron-builder.yml", "utf8")) as Configuration;

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe("electron-builder.yml", () => {
  it("passes electron-builder's schema validation", async () => {
    await expect(validateConfiguration(await loadConfiguration(), new DebugLogger(false))).resolves.toBeUndefined();
  });

  it("fails validation for a misspelt option, so the check above can fail", async () => {
    const broken = { ...(await loadConfiguration()), linxu: { target: "deb" } } as Configuration;
    await expect(validateConfiguration(broken, new DebugLogger(false))).rejects.toThrow(/linxu/);
  });

  it("makes AppImage and deb on Linux, a dmg on macOS and an NSIS installer on Windows", async () => {
    const config = await loadConfiguration();
    expect(config.linux?.target).toEqual(["AppImage", "deb"]);
    expect(config.mac?.target).toBe("dmg");
    expect(config.win?.target).toBe("nsis");
  });

  it("uses an icon of at least 1024 px from resources/, enough for every platform's format", async () => {
    const config = await loadConfiguration();
    expect(config.icon).toBe("resources/icon.png");
    const { width, height } = pngSize(await readFile("resources/icon.png"));
    expect([width, height]).toEqual([1024, 1024]);
  });

  it("packs the built app, not the sources", async () => {
    const config = await loadConfiguration();
    expect(config.files).toEqual(["out/**", "package.json"]);
    const scripts = (JSON.parse(await readFile("package.json", "utf8")) as { scripts: Record<string, string> }).scripts;
    expect(scripts.dist).toBe("electron-vite build && electron-builder");
  });
});
