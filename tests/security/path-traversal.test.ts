/**
 * Path traversal: every API call that takes a post id or a file name, through the shared dispatch
 * (as Electron's IPC runs it) and through browser mode's HTTP server, on real services over a
 * hostile temp folder. Every hostile id is refused, a hostile title only ever becomes a plain slug
 * inside the folder, and the canaries outside the folder are never read, changed or deleted.
 */
import { lstat, mkdir, realpath, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startClearpostServer, type ClearpostServer } from "../../src/main/server/server";
import { type ClearpostServices, createClearpostServices } from "../../src/main/services/clearpost-services";
import { SettingsStore } from "../../src/main/settings/settings-store";
import type { CallName } from "../../src/shared/api/contract";
import { dispatchCall } from "../../src/shared/api/dispatch";
import type { ApiResult } from "../../src/shared/api/errors";
import { loopbackRequest } from "../contract/loopback-request";
import { CANARY_SECRET, createHostileFolder, fingerprintOutside, type HostileFolder } from "./support/hostile-folder";

/** Ids that must never name a readable, writable, renamable or deletable post. */
const HOSTILE_IDS: readonly string[] = [
  // Climbing out.
  "..",
  "../",
  "../canary.md",
  "../../canary.md",
  "sub/../../canary.md",
  "./../canary.md",
  "sub/./../../canary.md",
  "../posts/../canary.md",
  "sub/..",
  // Absolute paths, POSIX and Windows, drive-relative and UNC.
  "/etc/passwd",
  "/etc/hostname.md",
  "//server/share/post.md",
  "C:\\Windows\\win.ini",
  "C:/Windows/post.md",
  "C:canary.md",
  "c:..\\canary.md",
  "\\\\server\\share\\post.md",
  "\\\\?\\C:\\canary.md",
  "\\\\.\\pipe\\post.md",
  "file:///etc/passwd",
  // Windows separators and mixed ones.
  "..\\canary.md",
  "sub\\..\\..\\canary.md",
  "sub/..\\..\\canary.md",
  // Percent-encoded, double-encoded and overlong forms (an id is never decoded: these must stay names or be refused).
  "..%2fcanary.md",
  "%2e%2e%2fcanary.md",
  "%2e%2e/canary.md",
  "%252e%252e%252fcanary.md",
  "..%c0%afcanary.md",
  "..%5ccanary.md",
  // NUL bytes and other control characters.
  "../canary.md\u0000",
  "victim.md\u0000../../canary.md",
  "victim\u0000.md",
  "sub\nname/post.md",
  "post\u001f.md",
  // Windows device names, with and without extensions, in any case, in a subfolder.
  "CON",
  "CON.md",
  "con.md",
  "nul.md",
  "NUL.markdown",
  "aux.md",
  "prn.md",
  "com1.md",
  "LPT9.md",
  "sub/aux.md",
  "nul .md",
  "CONIN$.md",
  "com\u00b9.md",
  // Trailing dots and spaces, which Windows strips (two names for one file, or a name for another).
  "victim.md.",
  "victim.md ",
  "sub./inner.md",
  "sub /inner.md",
  "../canary.md.",
  // Hidden folders and our own files.
  ".trash/victim.md",
  ".git/config.md",
  "sub/.hidden.md",
  ".victim.md.clearpost-000000000000.tmp",
  // Links that lead out of the folder: symlinks to a file, to a folder, dangling ones, a loop, a hard link.
  "link-out.md",
  "link-out-absolute.md",
  "linked-dir/secret.md",
  "linked-dir/new-post.md",
  "dangling-link.md",
  "dangling-dir/post.md",
  "sub/deep-link.md",
  "loop-a.md",
  "hard-link.md",
  // Unicode lookalikes of dots and slashes (names in the folder at most, never a way out).
  "\u2025/canary.md",
  "\uff0e\uff0e/canary.md",
  "..\u2215canary.md",
  "..\uff0fcanary.md",
  "\u2024\u2024/canary.md",
  // Not a post name at all.
  "",
  " ",
  "sub//inner.md",
  "sub/",
  "victim.txt",
  "../canary.txt",
  `${"a".repeat(5000)}.md`,
];

/** Titles a stranger might type or send; each must become a plain slug at the folder's root, or be refused. */
const HOSTILE_TITLES: readonly string[] = [
  "../canary",
  "../../etc/passwd",
  "/etc/passwd",
  "C:\\Windows\\win",
  "\\\\server\\share\\post",
  "..",
  "%2e%2e%2fcanary",
  ".hidden",
  "CON",
  "nul",
  "Aux",
  "com1",
  "title\u0000with nul",
  "link-out",
  "hard-link",
  "linked-dir/secret",
  "\u2025/canary",
  "trailing dots...",
  "<script>alert(1)</script>",
];

/**
 * Hostile ids that are plain names once renamePost's rule (trim, add `.md`) applies: `victim.md.md`
 * and the like in the post's own folder. Each is checked as an id above.
 */
const PLAIN_AS_FILE_NAMES = new Set(["", " ", "victim.md ", "victim.md.", "victim.txt"]);

/** File names for renamePost's second argument: each is refused, and the post keeps its name. */
const HOSTILE_FILE_NAMES: readonly string[] = [
  ...HOSTILE_IDS.filter((id) => !PLAIN_AS_FILE_NAMES.has(id)),
  "../canary",
  "..",
  "link-out",
  "hard-link",
  "sub/inner",
  ".hidden",
  "nul",
  "CON",
];

/** A short, printable name for a test case (control characters escaped, long ids cut). */
function label(input: string): string {
  const quoted = JSON.stringify(input);
  return quoted.length > 60 ? `${quoted.slice(0, 40)}…(${input.length} characters)` : quoted;
}

type Call = (method: CallName, args: readonly unknown[]) => Promise<ApiResult<unknown>>;

/** Every answer the API gave in this file, to check none carries a canary's content. */
const answers: string[] = [];

interface Subject {
  readonly hostile: HostileFolder;
  readonly call: Call;
  close(): Promise<void>;
}

/** The app data folder (settings, backups, history): Clearpost's own, so writing there is no escape. */
const appDataOf = (hostile: HostileFolder) => join(hostile.home, "config");

async function servicesFor(hostile: HostileFolder): Promise<ClearpostServices> {
  const settings = new SettingsStore(join(appDataOf(hostile), "settings.json"));
  return createClearpostServices({ folder: hostile.folder, settings, trash: "folder", pickFolder: null });
}

const failOnInternal = (method: string, error: unknown) => {
  answers.push(`internal error in ${method}: ${String(error)}`);
};

/** The services through the shared dispatch, as Electron's IPC handler runs them. */
async function inProcess(): Promise<Subject> {
  const hostile = await createHostileFolder();
  const services = await servicesFor(hostile);
  return {
    hostile,
    call: (method, args) => dispatchCall(services, method, structuredClone(args), failOnInternal),
    async close() {
      await services.close();
      await hostile.remove();
    },
  };
}

/** The services behind browser mode's real server, called with the token as the page does. */
async function overHttp(): Promise<Subject> {
  const hostile = await createHostileFolder();
  const services = await servicesFor(hostile);
  const rendererDir = join(hostile.home, "renderer");
  await mkdir(rendererDir);
  await writeFile(join(rendererDir, "index.html"), "<!doctype html><title>Clearpost</title>");
  const server: ClearpostServer = await startClearpostServer({ services, rendererDir, port: 0 });
  return {
    hostile,
    call: async (method, args) => {
      const response = await fetch(`${server.url}/api/call/${method}`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-clearpost-token": server.token },
        body: JSON.stringify(args),
      });
      return (await response.json()) as ApiResult<unknown>;
    },
    async close() {
      await server.close();
      await services.close();
      await hostile.remove();
    },
  };
}

/** True when `result` is a refusal; records the answer. */
function refused(result: ApiResult<unknown>): boolean {
  answers.push(JSON.stringify(result));
  return !result.ok;
}

const SUBJECTS = [
  ["the shared dispatch (Electron IPC)", inProcess],
  ["browser mode's HTTP API", overHttp],
] as const;

describe.each(SUBJECTS)("through %s", (_name, start) => {
  let subject: Subject;
  let outsideBefore: Record<string, string>;

  beforeAll(async () => {
    subject = await start();
    outsideBefore = await fingerprintOutside(subject.hostile.home, subject.hostile.folder, appDataOf(subject.hostile));
  });

  afterAll(async () => {
    await subject.close();
  });

  it.each(HOSTILE_IDS.map((id) => [label(id), id]))("refuses to read, save, rename, delete, back up, add an image to or show the history of %s", async (_label, id) => {
    const outcomes = {
      readPost: refused(await subject.call("readPost", [id])),
      savePost: refused(await subject.call("savePost", [{ id, text: "overwritten by a stranger", baseVersion: null }])),
      renamePost: refused(await subject.call("renamePost", [id, "renamed-by-a-stranger"])),
      deletePost: refused(await subject.call("deletePost", [id])),
      backupPost: refused(await subject.call("backupPost", [{ id, text: "journaled by a stranger", baseVersion: null }])),
      discardBackup: refused(await subject.call("discardBackup", [id])),
      listHistory: refused(await subject.call("listHistory", [id])),
      readHistoryVersion: refused(await subject.call("readHistoryVersion", [id, "1700000000000-0123456789abcdef"])),
      saveImage: refused(await subject.call("saveImage", [{ postId: id, name: "x.png", type: "image/png", base64: "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==" }])),
    };
    expect(outcomes).toEqual({
      readPost: true,
      savePost: true,
      renamePost: true,
      deletePost: true,
      backupPost: true,
      discardBackup: true,
      listHistory: true,
      readHistoryVersion: true,
      saveImage: true,
    });
  });

  it.each(HOSTILE_FILE_NAMES.map((name) => [label(name), name]))("refuses to rename a post to %s", async (_label, name) => {
    const victim = join(subject.hostile.folder, "victim.md");
    const result = await subject.call("renamePost", ["victim.md", name]);
    const stayed = await lstat(victim).then((info) => info.isFile(), () => false);
    // Put the victim back if a rename went through, so one hole does not hide behind the next cases' failures.
    if (!stayed) await writeFile(victim, "# Victim\n");
    expect({ refused: refused(result), stayed }).toEqual({ refused: true, stayed: true });
  });

  it.each(HOSTILE_TITLES.map((title) => [label(title), title]))("creates a post titled %s only as a plain slug inside the folder", async (_label, title) => {
    const result = await subject.call("createPost", [title]);
    answers.push(JSON.stringify(result));
    if (!result.ok) return; // refusing is as safe as confining
    const { id } = result.value as { id: string };
    expect(id).toMatch(/^[a-z0-9][a-z0-9-]*\.md$/);
    const created = join(subject.hostile.folder, id);
    expect((await lstat(created)).isFile()).toBe(true);
    expect(await realpath(created)).toBe(join(await realpath(subject.hostile.folder), id));
  });

  it("refuses arguments of the wrong shape", async () => {
    const malformed: [CallName, unknown[]][] = [
      ["readPost", [42]],
      ["readPost", [null]],
      ["readPost", [["../canary.md"]]],
      ["readPost", [{ toString: "../canary.md" }]],
      ["readPost", ["victim.md", "../canary.md"]],
      ["readPost", []],
      ["savePost", [{ id: ["../canary.md"], text: "x", baseVersion: null }]],
      ["savePost", [{ id: "../canary.md", text: 42, baseVersion: null }]],
      ["renamePost", ["victim.md", ""]],
      ["renamePost", ["victim.md", { name: "../x" }]],
      ["deletePost", [{ id: "victim.md" }]],
      ["createPost", [""]],
      ["createPost", [["../canary"]]],
    ];
    for (const [method, args] of malformed) expect(refused(await subject.call(method, args)), `${method} ${JSON.stringify(args)}`).toBe(true);
  });

  it("still opens and saves the writer's own posts, odd names included (the table refuses hostile ids, not posts)", async () => {
    const read = await subject.call("readPost", ["sub/inner.md"]);
    expect(read.ok).toBe(true);
    for (const name of ["console.md", "aux-notes.md", "100% done.md", "café ☕.md", "icon.d.markdown", "Q&A: why?.md"]) {
      await writeFile(join(subject.hostile.folder, "sub", name), `# ${name}\n`);
      expect((await subject.call("readPost", [`sub/${name}`])).ok, name).toBe(true);
    }
    const saved = await subject.call("savePost", [{ id: "victim.md", text: "# Victim\n\nStill mine.\n", baseVersion: null }]);
    expect(saved.ok).toBe(true);
  });

  it("never read, changed, created or deleted anything outside the posts folder", async () => {
    expect(await fingerprintOutside(subject.hostile.home, subject.hostile.folder, appDataOf(subject.hostile))).toEqual(outsideBefore);
    const leaked = answers.filter((answer) => answer.includes(CANARY_SECRET));
    expect(leaked).toEqual([]);
  });
});

/** Paths after browser mode's `/asset/` image route, sent as they are (still percent-encoded where they are). */
const HOSTILE_ASSET_PATHS: readonly string[] = [
  "../canary.png",
  "%2e%2e/canary.png",
  "%2e%2e%2fcanary.png",
  "..%2fcanary.png",
  "..%5ccanary.png",
  "%252e%252e%252fcanary.png",
  ".%2e/canary.png",
  "..%c0%afcanary.png",
  "sub/..%2f..%2fcanary.png",
  "sub/%2e%2e/%2e%2e/canary.png",
  "%2Fetc%2Fhostname.png",
  "/etc/hostname.png",
  "C:%5Ccanary.png",
  "C:canary.png",
  "%5C%5Cserver%5Cshare%5Cx.png",
  "canary.png%00.png",
  "sub%00/photo.png",
  "img-link.png",
  "img-hard.png",
  "linked-dir/secret.png",
  ".git/hidden.png",
  "%2egit/hidden.png",
  "sub/../img-link.png",
  "victim.md",
  "../canary.md",
  "link-out.md",
];

const INDEX_HTML = "<!doctype html><title>Clearpost</title>";

describe("browser mode's static files", () => {
  let hostile: HostileFolder;
  let server: ClearpostServer;
  let services: ClearpostServices;

  beforeAll(async () => {
    hostile = await createHostileFolder();
    services = await servicesFor(hostile);
    // The renderer's folder sits beside the canary: `/../canary.md` would reach it if a check failed.
    const rendererDir = join(hostile.home, "renderer");
    await mkdir(rendererDir);
    await writeFile(join(rendererDir, "index.html"), INDEX_HTML);
    server = await startClearpostServer({ services, rendererDir, port: 0 });
  });

  afterAll(async () => {
    await server.close();
    await services.close();
    await hostile.remove();
  });

  const PATHS = [
    "/../canary.md",
    "/%2e%2e/canary.md",
    "/%2E%2E%2Fcanary.md",
    "/..%2fcanary.md",
    "/..%5ccanary.md",
    "/%252e%252e/canary.md",
    "/.%2e/canary.md",
    "/..%c0%afcanary.md",
    "//canary.md",
    "/%2fetc%2fpasswd",
    "/index.html%00.md",
    "/../posts/victim.md",
    "/%2e%2e/posts/link-out.md",
    "/../outside-dir/secret.md",
  ];

  it.each(HOSTILE_ASSET_PATHS)("serves no image from outside the posts folder for /asset/%s", async (path) => {
    const response = await loopbackRequest({ port: server.port, path: `/asset/${path}?token=${server.token}`, headers: { host: `127.0.0.1:${server.port}` } });
    expect(response.body).not.toContain(CANARY_SECRET);
    expect(response.status).toBeGreaterThanOrEqual(400);
  });

  it("still serves the writer's own images through /asset/, and only with the token", async () => {
    const withToken = await loopbackRequest({ port: server.port, path: `/asset/sub/photo.png?token=${server.token}`, headers: { host: `127.0.0.1:${server.port}` } });
    expect(withToken.status).toBe(200);
    const without = await loopbackRequest({ port: server.port, path: "/asset/sub/photo.png", headers: { host: `127.0.0.1:${server.port}` } });
    expect(without.status).toBe(401);
  });

  it.each(PATHS)("serves nothing from outside the renderer's folder for %s", async (path) => {
    const response = await loopbackRequest({ port: server.port, path, headers: { host: `127.0.0.1:${server.port}` } });
    expect(response.body).not.toContain(CANARY_SECRET);
    // `//canary.md` parses as a URL whose host is "canary.md" and whose path is "/": the page itself is fine.
    if (response.status < 400) expect(response.body).toBe(INDEX_HTML);
  });
});
