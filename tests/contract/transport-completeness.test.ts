/**
 * Every call and event of the contract is carried by every transport: served by the HTTP server,
 * bound by the Electron IPC binding and exposed by the preload. Electron itself is replaced by a
 * stand-in, since these machines cannot run it; what is checked is that each binding loops over
 * the contract's tables and reaches the services.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { servedCalls } from "../../src/main/server/api-calls";
import { streamedEvents } from "../../src/main/server/event-stream";
import { type ClearpostServer, startClearpostServer } from "../../src/main/server/server";
import { IPC_CALL_CHANNEL, ipcEventChannel } from "../../src/shared/api/channels";
import { CALL_NAMES, type CallArgs, type CallName, EVENT_NAMES, type EventName } from "../../src/shared/api/contract";
import { FetchEventSource } from "./fetch-event-source";
import { loopbackRequest } from "./loopback-request";
import { createRecordingServices } from "./recording-services";

/** Valid arguments for every call; the type makes a new call in the contract fail to compile here until it is added. */
const SAMPLE_ARGS: { readonly [M in CallName]: CallArgs<M> } = {
  getWorkspace: [],
  openFolder: [],
  listPosts: [],
  readPost: ["notes/first.md"],
  createPost: ["A title"],
  savePost: [{ id: "notes/first.md", text: "# Hi", baseVersion: null }],
  renamePost: ["notes/first.md", "second"],
  deletePost: ["notes/first.md"],
  exportPost: ["notes/first.md", { images: "inline", fragment: false }],
  checkBeforePublishing: ["notes/first.md"],
  relatedPosts: ["notes/first.md"],
  searchPosts: [{ query: "first", regex: false, matchCase: false }],
  postStatistics: [["notes/first.md", "notes/second.md"]],
  exportPostBody: ["notes/first.md"],
  exportAllPosts: [{ images: "folder" }],
  saveImage: [{ postId: "notes/first.md", name: "photo.png", type: "image/png", base64: "iVBORw0KGgo=" }],
  getSettings: [],
  updateSettings: [{ readabilityTarget: 9 }],
  settingsFileProblem: [],
  setPostLanguage: ["de-AT"],
  backupPost: [{ id: "notes/first.md", text: "# Hi, unsaved", baseVersion: null }],
  discardBackup: ["notes/first.md"],
  listBackups: [],
  listHistory: ["notes/first.md"],
  readHistoryVersion: ["notes/first.md", "1700000000000-0123456789abcdef"],
};

const SAMPLE_EVENTS: { readonly [E in EventName]: unknown } = {
  onDidChangePosts: { kind: "changed", id: "notes/first.md", version: "v2" },
  onDidChangeWorkspace: { folder: "/tmp/posts", canOpenFolder: true, trash: "system" },
  onDidChooseMenuCommand: "export-html",
};

const sorted = (names: readonly string[]) => [...names].sort();

/** Electron as the IPC binding and the preload see it, recording what they do with it. */
const electron = vi.hoisted(() => {
  const mainFrame = { url: "clearpost-app://app/index.html" };
  return {
    handlers: new Map<string, (event: unknown, ...args: unknown[]) => unknown>(),
    exposed: new Map<string, unknown>(),
    invocations: [] as unknown[][],
    nextResult: null as unknown,
    rendererListeners: new Map<string, (event: unknown, payload: unknown) => void>(),
    window: { mainFrame, isDestroyed: () => false, send: vi.fn() },
  };
});

vi.mock("electron", () => ({
  ipcMain: {
    handle: (channel: string, handler: (event: unknown, ...args: unknown[]) => unknown) => electron.handlers.set(channel, handler),
    removeHandler: (channel: string) => electron.handlers.delete(channel),
  },
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => electron.exposed.set(key, api) },
  ipcRenderer: {
    invoke: async (...args: unknown[]) => {
      electron.invocations.push(args);
      const result = electron.nextResult ?? { ok: true, value: null };
      electron.nextResult = null;
      return result;
    },
    on: (channel: string, listener: (event: unknown, payload: unknown) => void) => electron.rendererListeners.set(channel, listener),
    removeListener: (channel: string) => electron.rendererListeners.delete(channel),
  },
}));

describe("the browser-mode server", () => {
  const services = createRecordingServices();
  let home: string;
  let server: ClearpostServer;

  beforeAll(async () => {
    home = await mkdtemp(join(tmpdir(), "clearpost-transports-"));
    server = await startClearpostServer({ services: services.api, rendererDir: home });
  });

  afterAll(async () => {
    await server.close();
    await rm(home, { recursive: true, force: true });
  });

  it("has a route for every call of the contract and no other", () => {
    expect(sorted(servedCalls())).toEqual(sorted(CALL_NAMES));
  });

  it.each(CALL_NAMES)("hands %s over HTTP to the services", async (method) => {
    const response = await loopbackRequest({
      port: server.port,
      method: "POST",
      path: `/api/call/${method}`,
      headers: { "content-type": "application/json", "x-clearpost-token": server.token },
      body: JSON.stringify(SAMPLE_ARGS[method]),
    });
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toEqual({ ok: true, value: { method, args: SAMPLE_ARGS[method] } });
  });

  it("streams every event of the contract", async () => {
    expect(sorted(streamedEvents())).toEqual(sorted(EVENT_NAMES));
    const source = new FetchEventSource(`${server.url}/api/events?token=${server.token}`);
    await source.opened;
    for (const event of EVENT_NAMES) {
      const received = new Promise<unknown>((resolve) => source.addEventListener(event, (message) => resolve(JSON.parse((message as MessageEvent<string>).data))));
      await expect.poll(() => services.listenerCount(event)).toBe(1);
      services.emit(event, SAMPLE_EVENTS[event] as never);
      expect(await received).toEqual(SAMPLE_EVENTS[event]);
    }
    source.close();
    for (const event of EVENT_NAMES) await expect.poll(() => services.listenerCount(event)).toBe(0);
  });
});

describe("the Electron IPC binding", () => {
  it("runs every call from the app's window through the services and forwards every event", async () => {
    const { bindApiToIpc } = await import("../../src/main/electron/ipc");
    const services = createRecordingServices();
    const unbind = bindApiToIpc(services.api, electron.window as never, (url) => url.startsWith("clearpost-app://app/"));
    const handle = electron.handlers.get(IPC_CALL_CHANNEL);
    if (handle === undefined) throw new Error(`nothing handles ${IPC_CALL_CHANNEL}`);
    const fromWindow = { sender: electron.window, senderFrame: electron.window.mainFrame };
    for (const method of CALL_NAMES) {
      expect(await handle(fromWindow, method, SAMPLE_ARGS[method])).toEqual({ ok: true, value: { method, args: SAMPLE_ARGS[method] } });
    }
    for (const event of EVENT_NAMES) {
      services.emit(event, SAMPLE_EVENTS[event] as never);
      expect(electron.window.send).toHaveBeenCalledWith(ipcEventChannel(event), SAMPLE_EVENTS[event]);
    }
    unbind();
    expect(electron.handlers.has(IPC_CALL_CHANNEL)).toBe(false);
    for (const event of EVENT_NAMES) expect(services.listenerCount(event)).toBe(0);
  });
});

describe("the preload", () => {
  it("exposes every call and event of the contract as window.clearpost, and only the dropped-file helper besides", async () => {
    await import("../../src/preload/index");
    const api = electron.exposed.get("clearpost") as Record<CallName | EventName, (...args: unknown[]) => unknown>;
    expect([...electron.exposed.keys()]).toEqual(["clearpost", "clearpostFiles"]);
    expect(sorted(Object.keys(api))).toEqual(sorted([...CALL_NAMES, ...EVENT_NAMES]));
    for (const method of CALL_NAMES) {
      await api[method](...SAMPLE_ARGS[method]);
      expect(electron.invocations.at(-1)).toEqual([IPC_CALL_CHANNEL, method, SAMPLE_ARGS[method]]);
    }
    for (const event of EVENT_NAMES) {
      const listener = vi.fn();
      const unsubscribe = api[event](listener) as () => void;
      electron.rendererListeners.get(ipcEventChannel(event))?.({ sender: "hidden" }, SAMPLE_EVENTS[event]);
      expect(listener).toHaveBeenCalledWith(SAMPLE_EVENTS[event]);
      unsubscribe();
      expect(electron.rendererListeners.has(ipcEventChannel(event))).toBe(false);
    }
  });

  it("rejects a failed call with its code and message as plain data, which contextBridge keeps", async () => {
    await import("../../src/preload/index");
    const api = electron.exposed.get("clearpost") as Record<CallName, (...args: unknown[]) => Promise<unknown>>;
    electron.nextResult = { ok: false, error: { code: "conflict", message: "The post changed on disk." } };
    const rejection: unknown = await api.savePost(...SAMPLE_ARGS.savePost).catch((error: unknown) => error);
    expect(rejection).toEqual({ code: "conflict", message: "The post changed on disk." });
    expect(rejection).not.toBeInstanceOf(Error);
  });
});
