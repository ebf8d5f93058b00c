/**
 * Electron's security checklist, checked without Electron (no binary installs here): the window's
 * options, the only place that creates a window, the packaging fuses, the Content-Security-Policy,
 * and Electronegativity's scan of the source with its reviewed findings.
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { mainWindowOptions, secureWebPreferences } from "../../src/main/electron/window-options";
import { ASSET_SCHEME } from "../../src/shared/api/assets";
import { VIDEO_EMBED_ORIGINS } from "../../src/shared/markdown/video-embeds";
import { CONTENT_SECURITY_POLICY } from "../../src/shared/security/content-security-policy";
import { auditElectron, formatAudit, SOURCE_FOLDER } from "./electron-audit";

const ROOT = join(import.meta.dirname, "../..");

describe("the Clearpost window", () => {
  const options = mainWindowOptions("/app/out/preload/index.cjs");

  it("isolates and sandboxes the page, without Node, webviews or insecure content", () => {
    expect(options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      nodeIntegrationInWorker: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
    });
  });

  it("turns on no experimental or Blink features and keeps the rest of Electron's defaults", () => {
    const preferences = secureWebPreferences("/preload.cjs");
    expect(Object.keys(preferences).sort()).toEqual(
      ["allowRunningInsecureContent", "contextIsolation", "nodeIntegration", "nodeIntegrationInSubFrames", "nodeIntegrationInWorker", "preload", "sandbox", "spellcheck", "webSecurity", "webviewTag"].sort(),
    );
    expect(preferences.preload).toBe("/preload.cjs");
  });

  it("loads the sandbox-compatible CommonJS preload", () => {
    expect(options.webPreferences?.preload).toMatch(/\.cjs$/);
  });

  it("is created only in main-window.ts, and only from mainWindowOptions()", async () => {
    const entries = await readdir(SOURCE_FOLDER, { recursive: true, withFileTypes: true });
    const sources = entries.filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name)).map((entry) => join(entry.parentPath, entry.name));
    const creating: string[] = [];
    for (const file of sources) {
      const text = await readFile(file, "utf8");
      if (/new\s+(?:BrowserWindow|BrowserView|WebContentsView)\s*\(|webPreferences\s*:/.test(text)) creating.push(file.slice(SOURCE_FOLDER.length + 1).split("\\").join("/"));
    }
    expect(creating.sort()).toEqual(["main/electron/main-window.ts", "main/electron/window-options.ts"]);
    const mainWindow = await readFile(join(SOURCE_FOLDER, "main/electron/main-window.ts"), "utf8");
    expect(mainWindow).toMatch(/new BrowserWindow\(mainWindowOptions\(/);
  });
});

describe("the packaged app", () => {
  it("flips Electron's security fuses in electron-builder.yml", async () => {
    const config = parse(await readFile(join(ROOT, "electron-builder.yml"), "utf8")) as { electronFuses?: Record<string, unknown>; asar?: unknown };
    expect(config.asar).toBe(true);
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
  });
});

describe("the Content-Security-Policy", () => {
  const directives = new Map(
    CONTENT_SECURITY_POLICY.split(";").map((directive) => {
      const [name = "", ...values] = directive.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );

  it("allows no inline script, no eval and no script from elsewhere", () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes|strict-dynamic|\*|\bhttp:/);
    expect(directives.get("script-src")).toEqual(["'self'"]);
    expect(directives.get("default-src")).toEqual(["'self'"]);
  });

  it("loads images only from the app, its asset scheme, data: and https:, frames only from the video players, and nothing else from the network", () => {
    expect(directives.get("img-src")?.sort()).toEqual(["'self'", "data:", "https:", `${ASSET_SCHEME}:`].sort());
    expect(directives.get("frame-src")?.sort()).toEqual([...VIDEO_EMBED_ORIGINS].sort());
    for (const origin of directives.get("frame-src") ?? []) expect(origin).toMatch(/^https:\/\/[a-z.-]+$/);
    for (const name of ["style-src", "connect-src", "font-src"]) expect(directives.get(name)?.filter((value) => value !== "'self'" && value !== "data:")).toEqual([]);
    for (const name of ["object-src", "base-uri", "form-action", "frame-ancestors"]) expect(directives.get(name)).toEqual(["'none'"]);
  });
});

describe("Electronegativity", () => {
  it(
    "finds no unreviewed high or medium problem in src/, parses every file and has no stale reviews",
    async () => {
      const audit = await auditElectron(SOURCE_FOLDER);
      console.log(formatAudit(audit));
      expect(audit.scannedFiles).toBeGreaterThan(50);
      expect(audit.parseErrors).toEqual([]);
      expect(audit.unreviewed).toEqual([]);
      expect(audit.staleReviews).toEqual([]);
    },
    120_000,
  );

  it(
    "does find an insecure window, so a clean run means something",
    async () => {
      const folder = await mkdtemp(join(tmpdir(), "clearpost-audit-"));
      try {
        await writeFile(
          join(folder, "insecure-window.ts"),
          'import { BrowserWindow } from "electron";\n' +
            "export const w = new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false, sandbox: false, webSecurity: false } });\n",
        );
        const audit = await auditElectron(folder);
        expect(audit.unreviewed.map((finding) => finding.id)).toEqual(
          expect.arrayContaining(["CONTEXT_ISOLATION_JS_CHECK", "SANDBOX_JS_CHECK", "WEB_SECURITY_JS_CHECK", "LIMIT_NAVIGATION_GLOBAL_CHECK", "PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK"]),
        );
      } finally {
        await rm(folder, { recursive: true, force: true });
      }
    },
    120_000,
  );
});
