import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { connect } from "node:net";
import { networkInterfaces, tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_CALL_BYTES } from "../../src/main/server/api-calls";
import { type ClearpostServer, startClearpostServer } from "../../src/main/server/server";
import { resolveInside } from "../../src/main/server/static-files";
import { CONTENT_SECURITY_POLICY, pageContentSecurityPolicy, STYLE_NONCE_PLACEHOLDER } from "../../src/shared/security/content-security-policy";
import { FetchEventSource } from "../contract/fetch-event-source";
import { loopbackRequest } from "../contract/loopback-request";
import { createRecordingServices, type RecordingServices } from "../contract/recording-services";

let home: string;
let rendererDir: string;
let services: RecordingServices;
let server: ClearpostServer;

beforeAll(async () => {
  home = await mkdtemp(join(tmpdir(), "clearpost-server-"));
  rendererDir = join(home, "renderer");
  await mkdir(join(rendererDir, "assets"), { recursive: true });
  await writeFile(join(rendererDir, "index.html"), `<!doctype html><meta property="csp-nonce" nonce="${STYLE_NONCE_PLACEHOLDER}"><title>Clearpost</title>`);
  await writeFile(join(rendererDir, "assets", "app.js"), "console.log('hi')");
  // A file beside the renderer's folder that no path may reach.
  await writeFile(join(home, "secret.txt"), "the writer's secret");
  services = createRecordingServices();
  server = await startClearpostServer({ services: services.api, rendererDir, port: 0 });
});

afterAll(async () => {
  await server.close();
  await rm(home, { recursive: true, force: true });
});

/** POSTs a call the way the page does; `headers` override or add to the page's. */
const call = (method: string, headers: Record<string, string> = {}, body = "[]") =>
  loopbackRequest({
    port: server.port,
    method: "POST",
    path: `/api/call/${method}`,
    headers: { "content-type": "application/json", "x-clearpost-token": server.token, ...headers },
    body,
  });

describe("the browser-mode API", () => {
  it("answers a call that carries this run's token", async () => {
    const response = await call("listPosts");
    expect(response.status).toBe(200);
    expect(response.headers["cache-control"]).toBe("no-store");
    expect(JSON.parse(response.body)).toEqual({ ok: true, value: { method: "listPosts", args: [] } });
  });

  it("hands the call's arguments to the services", async () => {
    const response = await call("readPost", {}, JSON.stringify(["notes/first.md"]));
    expect(JSON.parse(response.body)).toEqual({ ok: true, value: { method: "readPost", args: ["notes/first.md"] } });
  });

  it("refuses a call without the token", async () => {
    const response = await loopbackRequest({ port: server.port, method: "POST", path: "/api/call/listPosts", headers: { "content-type": "application/json" }, body: "[]" });
    expect(response.status).toBe(401);
    expect(JSON.parse(response.body)).toMatchObject({ ok: false, error: { code: "forbidden" } });
  });

  it("refuses a call with a wrong token, whatever its length", async () => {
    expect((await call("listPosts", { "x-clearpost-token": "guessed" })).status).toBe(401);
    expect((await call("listPosts", { "x-clearpost-token": "x".repeat(server.token.length) })).status).toBe(401);
  });

  it("does not take the call's token from the address", async () => {
    const response = await loopbackRequest({ port: server.port, method: "POST", path: `/api/call/listPosts?token=${server.token}`, headers: { "content-type": "application/json" }, body: "[]" });
    expect(response.status).toBe(401);
  });

  it("refuses a request from another web page's origin, token or not", async () => {
    const response = await call("listPosts", { origin: "https://evil.example" });
    expect(response.status).toBe(403);
    expect(JSON.parse(response.body)).toMatchObject({ ok: false, error: { code: "forbidden" } });
    expect((await call("listPosts", { origin: "null" })).status).toBe(403);
    expect((await call("listPosts", { origin: `http://127.0.0.1:${server.port + 1}` })).status).toBe(403);
  });

  it("refuses a request addressed to another host name (DNS rebinding)", async () => {
    expect((await call("listPosts", { host: `evil.example:${server.port}` })).status).toBe(403);
    expect((await call("listPosts", { host: `127.0.0.1:${server.port + 1}` })).status).toBe(403);
    expect((await loopbackRequest({ port: server.port, path: "/", headers: { host: `evil.example:${server.port}` } })).status).toBe(403);
  });

  it("accepts its own page by either loopback name", async () => {
    expect((await call("listPosts", { host: `localhost:${server.port}`, origin: `http://localhost:${server.port}` })).status).toBe(200);
    expect((await call("listPosts", { origin: `http://127.0.0.1:${server.port}` })).status).toBe(200);
  });

  it("refuses a body that is not JSON, as a cross-site form would send", async () => {
    const response = await call("listPosts", { "content-type": "text/plain" });
    expect(response.status).toBe(415);
    expect(JSON.parse(response.body)).toMatchObject({ ok: false, error: { code: "invalid-argument" } });
  });

  it("refuses a body larger than the limit without reading it", async () => {
    const response = await call("savePost", { "content-length": String(MAX_CALL_BYTES + 1) }, "");
    expect(response.status).toBe(413);
    expect(JSON.parse(response.body)).toMatchObject({ ok: false, error: { code: "invalid-argument" } });
  });

  it("answers malformed JSON with 400 and bad arguments with an invalid-argument result", async () => {
    expect((await call("listPosts", {}, "[")).status).toBe(400);
    const response = await call("readPost", {}, "[42]");
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toMatchObject({ ok: false, error: { code: "invalid-argument" } });
  });

  it("answers 404 for a call the contract does not have, and 405 for a call not POSTed", async () => {
    expect((await call("formatHardDisk")).status).toBe(404);
    expect((await call("toString")).status).toBe(404);
    const get = await loopbackRequest({ port: server.port, path: "/api/call/listPosts", headers: { "x-clearpost-token": server.token } });
    expect(get.status).toBe(405);
  });

  it("puts the security headers on API answers", async () => {
    const response = await call("listPosts");
    expect(response.headers["content-security-policy"]).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers["x-content-type-options"]).toBe("nosniff");
    expect(response.headers["referrer-policy"]).toBe("no-referrer");
  });
});

describe("the browser-mode event stream", () => {
  const eventsUrl = (token: string) => `${server.url}/api/events?token=${encodeURIComponent(token)}`;

  it("refuses a stream without the right token", async () => {
    expect((await loopbackRequest({ port: server.port, path: "/api/events" })).status).toBe(401);
    expect((await loopbackRequest({ port: server.port, path: "/api/events?token=guessed" })).status).toBe(401);
  });

  it("delivers the services' events and unsubscribes when the page goes away", async () => {
    const source = new FetchEventSource(eventsUrl(server.token));
    expect(await source.opened).toBe(200);
    await expect.poll(() => services.listenerCount("onDidChangePosts")).toBe(1);
    const received = new Promise<string>((resolve) => source.addEventListener("onDidChangePosts", (event) => resolve((event as MessageEvent<string>).data)));
    services.emit("onDidChangePosts", { kind: "added", id: "hello.md", version: "v1" });
    expect(JSON.parse(await received)).toEqual({ kind: "added", id: "hello.md", version: "v1" });
    source.close();
    await expect.poll(() => services.listenerCount("onDidChangePosts")).toBe(0);
  });

  it("ends open streams when the server closes", async () => {
    const other = await startClearpostServer({ services: services.api, rendererDir });
    const source = new FetchEventSource(`${other.url}/api/events?token=${other.token}`);
    await source.opened;
    await expect.poll(() => services.listenerCount("onDidChangeWorkspace")).toBe(1);
    await other.close();
    expect(services.listenerCount("onDidChangeWorkspace")).toBe(0);
  });
});

describe("the browser-mode page", () => {
  it("serves index.html at / with the production Content-Security-Policy and a fresh style nonce in it and in the page", async () => {
    const response = await loopbackRequest({ port: server.port, path: "/" });
    expect(response.status).toBe(200);
    expect(response.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(response.body).toContain("<title>Clearpost</title>");
    const nonce = /nonce="([^"]*)"/.exec(response.body)?.[1] ?? "";
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{24}$/);
    expect(response.headers["content-security-policy"]).toBe(pageContentSecurityPolicy(nonce));
    const again = await loopbackRequest({ port: server.port, path: "/index.html" });
    expect(again.body).not.toContain(nonce);
    expect(response.headers["x-content-type-options"]).toBe("nosniff");
    expect(response.headers["referrer-policy"]).toBe("no-referrer");
  });

  it("serves the page without the token (the page is not secret)", async () => {
    const response = await loopbackRequest({ port: server.port, path: "/assets/app.js" });
    expect(response.status).toBe(200);
    expect(response.headers["content-type"]).toBe("text/javascript; charset=utf-8");
    expect(response.body).toBe("console.log('hi')");
    expect(response.headers["content-security-policy"]).toBe(CONTENT_SECURITY_POLICY);
  });

  it("answers HEAD with the headers alone", async () => {
    const response = await loopbackRequest({ port: server.port, method: "HEAD", path: "/" });
    expect(response.status).toBe(200);
    // The page with its 24-character nonce in place of the placeholder.
    expect(response.headers["content-length"]).toBe("99");
    expect(response.body).toBe("");
  });

  it("answers 404 for files that do not exist and for folders", async () => {
    expect((await loopbackRequest({ port: server.port, path: "/missing.js" })).status).toBe(404);
    expect((await loopbackRequest({ port: server.port, path: "/assets" })).status).toBe(404);
  });

  it.each(["/../secret.txt", "/%2e%2e/secret.txt", "/..%2fsecret.txt", "/assets/..%2f..%2fsecret.txt", "/%2e%2e%2fsecret.txt", "/..%5csecret.txt", "/index.html%00.js"])(
    "never serves a file outside the renderer's folder: %s",
    async (path) => {
      const response = await loopbackRequest({ port: server.port, path });
      expect([403, 404]).toContain(response.status);
      expect(response.body).not.toContain("secret");
    },
  );

  it("refuses to write to the page", async () => {
    expect((await loopbackRequest({ port: server.port, method: "PUT", path: "/index.html", body: "x" })).status).toBe(405);
  });
});

describe("resolveInside", () => {
  it("keeps paths inside the folder and refuses everything else", () => {
    expect(resolveInside("/srv/app", "/assets/a%20b.js")).toBe(join("/srv/app", "assets", "a b.js"));
    expect(resolveInside("/srv/app", "/../etc/passwd")).toBeNull();
    expect(resolveInside("/srv/app", "/..%2f..%2fetc/passwd")).toBeNull();
    expect(resolveInside("/srv/app", "/%E0%A4%A")).toBeNull();
    expect(resolveInside("/srv/app", "/")).toBeNull();
    expect(resolveInside("/srv/app", "/../app-evil/x.js")).toBeNull();
  });
});

describe("where the server listens", () => {
  it("is reachable on 127.0.0.1 only", async () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}`);
    expect(server.pageUrl).toBe(`http://127.0.0.1:${server.port}/?token=${server.token}`);
    const otherAddresses = Object.values(networkInterfaces())
      .flatMap((addresses) => addresses ?? [])
      .filter((address) => !address.internal)
      .map((address) => address.address);
    for (const address of ["::1", ...otherAddresses]) {
      const reached = await new Promise<boolean>((resolve) => {
        const socket = connect({ host: address, port: server.port }, () => {
          socket.destroy();
          resolve(true);
        });
        socket.on("error", () => resolve(false));
      });
      expect(reached, `reachable at ${address}`).toBe(false);
    }
  });

  it("uses a fresh 256-bit token on every run", async () => {
    const other = await startClearpostServer({ services: services.api, rendererDir });
    expect(other.token).not.toBe(server.token);
    expect(Buffer.from(server.token, "base64url")).toHaveLength(32);
    await other.close();
  });
});
