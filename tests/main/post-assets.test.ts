/**
 * Browser mode's image route serves a post's local images, and nothing else: only image files,
 * only inside the posts folder (symlinks followed), never from hidden folders, only with the run's
 * token, only to our own page.
 */
import { mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findPostAsset } from "../../src/main/server/post-assets";
import { type ClearpostServer, startClearpostServer } from "../../src/main/server/server";
import { encodeAssetPath } from "../../src/shared/api/assets";
import type { ClearpostApi } from "../../src/shared/api/contract";
import { loopbackRequest } from "../contract/loopback-request";
import { createRecordingServices } from "../contract/recording-services";
import { TINY_PNG } from "../support/tiny-png";

let home: string;
let posts: string;
let server: ClearpostServer;

const NAMES = ["my photos/cat 1.png", "C# notes/diagram.png", "why?/q.png", "100% done/chart.png", "café/crème.png"];

beforeAll(async () => {
  home = await mkdtemp(join(tmpdir(), "clearpost-assets-"));
  posts = join(home, "posts");
  for (const name of [...NAMES, ".git/hidden.png"]) {
    await mkdir(join(posts, name, ".."), { recursive: true });
    await writeFile(join(posts, name), TINY_PNG);
  }
  await writeFile(join(posts, "notes.txt"), "not an image");
  await writeFile(join(posts, "post.md"), "# Post");
  await writeFile(join(home, "outside.png"), TINY_PNG);
  await symlink(join(home, "outside.png"), join(posts, "link-out.png"));
  await symlink(join(posts, ".git"), join(posts, "into-hidden"));
  const services: ClearpostApi = { ...createRecordingServices().api, getWorkspace: async () => ({ folder: posts, canOpenFolder: false, trash: "folder" }) };
  // The renderer's own folder is empty: a path the URL parser normalizes out of /asset/ finds nothing there either.
  await mkdir(join(home, "renderer"));
  server = await startClearpostServer({ services, rendererDir: join(home, "renderer"), port: 0 });
});

afterAll(async () => {
  await server.close();
  await rm(home, { recursive: true, force: true });
});

const get = (path: string, headers: Record<string, string> = {}) =>
  loopbackRequest({ port: server.port, path, headers: { host: `127.0.0.1:${server.port}`, ...headers } });
const assetPath = (name: string, token = server.token) => `/asset/${encodeAssetPath(name)}?token=${encodeURIComponent(token)}`;

describe("the image route", () => {
  it.each(NAMES)("serves %s with its type and a policy that runs nothing", async (name) => {
    const response = await get(assetPath(name));
    expect(response.status).toBe(200);
    expect(response.headers["content-type"]).toBe("image/png");
    expect(Number(response.headers["content-length"])).toBe(TINY_PNG.length);
    expect(response.headers["content-security-policy"]).toContain("sandbox");
    expect(response.headers["x-content-type-options"]).toBe("nosniff");
  });

  it("refuses requests without this run's token", async () => {
    expect((await get(`/asset/${encodeAssetPath(NAMES[0] ?? "")}`)).status).toBe(401);
    expect((await get(assetPath(NAMES[0] ?? "", "wrong"))).status).toBe(401);
  });

  it("refuses other sites' pages and rebound host names", async () => {
    expect((await get(assetPath(NAMES[0] ?? ""), { origin: "https://evil.example" })).status).toBe(403);
    expect((await get(assetPath(NAMES[0] ?? ""), { host: "evil.example" })).status).toBe(403);
  });

  it.each([
    ["a file that is not an image", "notes.txt"],
    ["a post", "post.md"],
    ["an image in a hidden folder", ".git/hidden.png"],
    ["a symlink out of the posts folder", "link-out.png"],
    ["an image through a symlink into a hidden folder", "into-hidden/hidden.png"],
    ["a missing image", "nothing.png"],
  ])("answers 404 for %s", async (_what, name) => {
    expect((await get(assetPath(name))).status).toBe(404);
  });

  it.each(["/asset/..%2Foutside.png", "/asset/../outside.png", "/asset/%2e%2e/outside.png", "/asset/a%5C..%5C..%5Coutside.png", "/asset/%00.png"])(
    "answers 404 for the escape attempt %s",
    async (path) => {
      expect((await get(`${path}?token=${server.token}`)).status).toBe(404);
    },
  );
});

describe("findPostAsset", () => {
  it("finds images by their decoded path and refuses to leave the folder", async () => {
    expect(await findPostAsset(posts, "café/crème.png")).toMatchObject({ contentType: "image/png", size: TINY_PNG.length });
    expect(await findPostAsset(posts, "../outside.png")).toBeNull();
    expect(await findPostAsset(posts, "my photos/../../outside.png")).toBeNull();
    expect(await findPostAsset(posts, "/etc/passwd.png")).toBeNull();
  });
});
