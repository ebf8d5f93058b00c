import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ClearpostServer, startClearpostServer } from "../../src/main/server/server";
import { createHttpClient } from "../../src/renderer/src/api/http-client";
import { ApiError } from "../../src/shared/api/errors";
import { createRecordingServices } from "./recording-services";

let home: string;
let server: ClearpostServer;

beforeAll(async () => {
  home = await mkdtemp(join(tmpdir(), "clearpost-client-"));
  server = await startClearpostServer({ services: createRecordingServices().api, rendererDir: home });
});

afterAll(async () => {
  await server.close();
  await rm(home, { recursive: true, force: true });
});

/** What `action` rejects with. */
const rejectionOf = (action: Promise<unknown>) => action.then(() => null, (error: unknown) => error);

describe("the browser-mode client", () => {
  it("sends the call and its arguments with the token, and returns the result", async () => {
    const api = createHttpClient({ baseUrl: server.url, token: server.token });
    expect(await api.readPost("a.md")).toEqual({ method: "readPost", args: ["a.md"] });
  });

  it("turns the server's refusal into an ApiError the page can show", async () => {
    const error = await rejectionOf(createHttpClient({ baseUrl: server.url, token: "" }).listPosts());
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: "forbidden", message: expect.stringContaining("token") });
  });

  it("says the server is not answering when it has stopped", async () => {
    const stopped = await startClearpostServer({ services: createRecordingServices().api, rendererDir: home });
    await stopped.close();
    const error = await rejectionOf(createHttpClient({ baseUrl: stopped.url, token: stopped.token }).listPosts());
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: "io", message: "Clearpost's server is not answering. Is `clearpost serve` still running?" });
  });

  it("refuses an answer that is not an API result", async () => {
    const impostor = createServer((_request, response) => response.writeHead(502, { "content-type": "text/html" }).end("<h1>Bad gateway</h1>"));
    await new Promise<void>((resolve) => impostor.listen(0, "127.0.0.1", resolve));
    const { port } = impostor.address() as AddressInfo;
    const error = await rejectionOf(createHttpClient({ baseUrl: `http://127.0.0.1:${port}`, token: "t" }).listPosts());
    impostor.close();
    expect(error).toMatchObject({ code: "io", message: expect.stringContaining("502") });
  });
});
