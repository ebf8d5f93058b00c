/**
 * The one contract suite: what the UI relies on from the API, whatever carries it. Each transport
 * runs it with a factory for a fresh API over an empty posts folder.
 */
import { readFile, readdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { CallName, ClearpostApi } from "../../src/shared/api/contract";
import { ApiError, type ApiErrorCode } from "../../src/shared/api/errors";
import type { PostsChangedEvent } from "../../src/shared/model/post";

/** An API to test and the folder behind it. */
export interface ContractSubject {
  readonly api: ClearpostApi;
  /** The posts folder, empty at start. */
  readonly folder: string;
  close(): Promise<void>;
}

/** The ApiError `action` rejects with (fails the test when it resolves or throws anything else). */
async function apiErrorOf(action: Promise<unknown>): Promise<ApiError> {
  const error: unknown = await action.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

async function expectApiError(action: Promise<unknown>, code: ApiErrorCode): Promise<void> {
  const error = await apiErrorOf(action);
  expect(error.code).toBe(code);
  expect(error.message.length).toBeGreaterThan(10);
}

/** Runs the contract against the API `start` gives, under `transport`'s name. */
export function describeClearpostApiContract(transport: string, start: () => Promise<ContractSubject>): void {
  describe(`the Clearpost API ${transport}`, () => {
    let subject: ContractSubject;
    let api: ClearpostApi;

    beforeEach(async () => {
      subject = await start();
      api = subject.api;
    });

    afterEach(async () => {
      await subject.close();
    });

    it("tells the page its folder, and that browser mode cannot switch it", async () => {
      expect(await api.getWorkspace()).toEqual({ folder: subject.folder, canOpenFolder: false, trash: "folder" });
      await expectApiError(api.openFolder(), "unsupported");
    });

    it("creates, lists, reads, saves, renames and deletes a post", async () => {
      expect(await api.listPosts()).toEqual([]);

      const created = await api.createPost("My First Post");
      expect(created.id).toBe("my-first-post.md");
      expect(created.text).toContain("My First Post");
      expect(created.readOnly).toBeNull();
      expect((await api.listPosts()).map((post) => post.id)).toEqual(["my-first-post.md"]);

      const read = await api.readPost(created.id);
      expect(read.text).toBe(created.text);
      expect(read.version).toBe(created.version);

      const text = `${created.text}\nSecond paragraph, with ünïcödé and 🐈.\r\n`;
      const saved = await api.savePost({ id: created.id, text, baseVersion: created.version });
      expect(saved.version).not.toBe(created.version);
      expect(saved.summary.id).toBe(created.id);
      expect(await readFile(join(subject.folder, created.id), "utf8")).toBe(text);
      expect(await api.readPost(created.id)).toMatchObject({ text, version: saved.version });

      const renamed = await api.renamePost(created.id, "hello-world");
      expect(renamed.id).toBe("hello-world.md");
      expect((await api.listPosts()).map((post) => post.id)).toEqual(["hello-world.md"]);
      await expectApiError(api.readPost(created.id), "not-found");

      await api.deletePost(renamed.id);
      expect(await api.listPosts()).toEqual([]);
      // Browser mode's trash is a folder the writer can get the post back from.
      expect(await readdir(join(subject.folder, ".trash"))).toEqual(["hello-world.md"]);
    });

    it("never overwrites a post when creating one with the same title", async () => {
      await api.createPost("Twice");
      expect((await api.createPost("Twice")).id).toBe("twice-2.md");
    });

    it("carries a post of several megabytes intact", async () => {
      const post = await api.createPost("Long read");
      const text = `${post.text}\n${"A sentence that goes on and on, «quoted», 日本語. ".repeat(100_000)}`;
      const saved = await api.savePost({ id: post.id, text, baseVersion: post.version });
      expect((await api.readPost(post.id)).text).toBe(text);
      expect(saved.version).toBe((await api.readPost(post.id)).version);
    });

    it("refuses to save over a change made since the post was opened, as a conflict", async () => {
      const post = await api.createPost("Contested");
      await api.savePost({ id: post.id, text: "first save", baseVersion: post.version });
      const error = await apiErrorOf(api.savePost({ id: post.id, text: "stale save", baseVersion: post.version }));
      expect(error.code).toBe("conflict");
      expect(error.message).toContain(post.id);
      expect(await readFile(join(subject.folder, post.id), "utf8")).toBe("first save");
    });

    it("sees a change made by another program as a conflict too", async () => {
      const post = await api.createPost("Synced");
      await writeFile(join(subject.folder, post.id), "changed by a sync app");
      await expectApiError(api.savePost({ id: post.id, text: "mine", baseVersion: post.version }), "conflict");
      // The writer chose "keep mine": no base version, so the save goes through.
      await api.savePost({ id: post.id, text: "mine", baseVersion: null });
      expect((await api.readPost(post.id)).text).toBe("mine");
    });

    it("refuses arguments of the wrong shape as invalid-argument", async () => {
      const loose = api as unknown as Record<CallName, (...args: unknown[]) => Promise<unknown>>;
      await expectApiError(loose.readPost(42), "invalid-argument");
      await expectApiError(loose.readPost(), "invalid-argument");
      await expectApiError(loose.createPost("   "), "invalid-argument");
      await expectApiError(loose.savePost({ id: "a.md", text: 7, baseVersion: null }), "invalid-argument");
      await expectApiError(loose.listPosts("extra"), "invalid-argument");
      await expectApiError(api.updateSettings({ readabilityTarget: 99 }), "invalid-argument");
      await expectApiError(loose.updateSettings({ theme: "sepia" }), "invalid-argument");
      await expectApiError(loose.setPostLanguage("en US; rm"), "invalid-argument");
    });

    it("refuses posts outside the folder and reports missing ones", async () => {
      await expectApiError(api.readPost("../outside.md"), "forbidden");
      await expectApiError(api.readPost("notes.txt"), "invalid-argument");
      await expectApiError(api.readPost("missing.md"), "not-found");
      await expectApiError(api.deletePost("missing.md"), "not-found");
    });

    it("exports a post as an HTML page in export/ of the posts folder, and refuses to replace another file", async () => {
      await writeFile(join(subject.folder, "trip.md"), "---\ntitle: Trip\n---\nA photo: ![beach](beach.png) ![gone](missing.png)\n");
      await writeFile(join(subject.folder, "beach.png"), Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64"));
      const result = await api.exportPost("trip.md", { images: "inline", fragment: false });
      expect(result).toEqual({ path: join(subject.folder, "export", "trip.html"), missingImages: ["missing.png"] });
      const page = await readFile(join(subject.folder, "export", "trip.html"), "utf8");
      expect(page).toMatch(/^<!DOCTYPE html>/);
      expect(page).toContain("<title>Trip</title>");
      expect(page).toContain('src="data:image/png;base64,');
      // A second export replaces the first; a file Clearpost did not write is left alone.
      await api.exportPost("trip.md", { images: "inline", fragment: false });
      await writeFile(join(subject.folder, "export", "trip.html"), "<p>the writer's own page</p>");
      await expectApiError(api.exportPost("trip.md", { images: "inline", fragment: false }), "already-exists");
      await expectApiError(api.exportPost("trip.md", { images: "zip", fragment: false } as never), "invalid-argument");
      await expectApiError(api.exportPost("../outside.md", { images: "inline", fragment: false }), "forbidden");
      expect((await api.listPosts()).map((post) => post.id)).toEqual(["trip.md"]);
    });

    it("gives a post's body HTML for the clipboard, sanitized and with its images inlined", async () => {
      await writeFile(join(subject.folder, "trip.md"), "---\ntitle: Trip\n---\nA photo: ![beach](beach.png)<script>alert(1)</script>\n");
      await writeFile(join(subject.folder, "beach.png"), Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64"));
      const body = await api.exportPostBody("trip.md");
      expect(body.html).toMatch(/^<p>A photo: <img src="data:image\/png;base64,[^"]+" alt="beach"><\/p>\n?$/);
      expect(body.missingImages).toEqual([]);
      await expectApiError(api.exportPostBody("../outside.md"), "forbidden");
    });

    it("exports every post that is not a draft, with an index, into export/ of the posts folder", async () => {
      await writeFile(join(subject.folder, "old.md"), "---\ntitle: Old\ndate: 2023-01-02\n---\nOld news.\n");
      await writeFile(join(subject.folder, "new.md"), "---\ntitle: New\ndate: 2024-03-04\n---\nNews.\n");
      await writeFile(join(subject.folder, "wip.md"), "---\ntitle: Not yet\ndraft: true\n---\nSoon.\n");
      expect(await api.exportAllPosts({ images: "inline" })).toEqual({ folder: join(subject.folder, "export"), posts: 2, drafts: 1, missingImages: 0 });
      const index = await readFile(join(subject.folder, "export", "index.html"), "utf8");
      expect([...index.matchAll(/<a href="([^"]+)">([^<]+)<\/a>/g)].map((match) => [match[1], match[2]])).toEqual([
        ["./new.html", "New"],
        ["./old.html", "Old"],
      ]);
      await expectApiError(api.exportAllPosts({ images: "inline", out: "/etc" } as never), "invalid-argument");
    });

    it("finds a phrase across the posts, with the line of each match, and refuses an invalid regular expression", async () => {
      await writeFile(join(subject.folder, "trip.md"), "---\ntitle: Trip\n---\nWe saw the northern lights.\n");
      await writeFile(join(subject.folder, "home.md"), "---\ntitle: Home\n---\nNo lights here.\n");
      const result = await api.searchPosts({ query: "northern lights", regex: false, matchCase: false });
      expect(result.posts.map((post) => [post.id, post.title, post.matches.map((match) => match.from)])).toEqual([["trip.md", "Trip", [{ line: 4, column: 11 }]]]);
      expect(result.stopped).toBeNull();
      await expectApiError(api.searchPosts({ query: "(", regex: true, matchCase: false }), "invalid-argument");
      await expectApiError(api.searchPosts({ query: "x", regex: "yes", matchCase: false } as never), "invalid-argument");
    });

    it("copies a pasted image beside its post under a fresh name, and refuses what is not an image", async () => {
      const png = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64");
      const post = await api.createPost("Trip");
      const image = { postId: post.id, name: "photo.png", type: "image/png", base64: png.toString("base64") };
      expect(await api.saveImage(image)).toEqual({ src: "images/trip-1.png" });
      expect(await api.saveImage(image)).toEqual({ src: "images/trip-2.png" });
      expect(await readFile(join(subject.folder, "images", "trip-2.png"))).toEqual(png);
      await expectApiError(api.saveImage({ ...image, base64: Buffer.from("<svg/>").toString("base64") }), "invalid-argument");
      await expectApiError(api.saveImage({ ...image, postId: "../outside.md" }), "forbidden");
      await expectApiError(api.saveImage({ ...image, extra: true } as never), "invalid-argument");
    });

    it("gives the word count and grade of the posts asked for, leaving out those it cannot read", async () => {
      await writeFile(join(subject.folder, "short.md"), "---\ntitle: Short\n---\nThe cat sat on the mat. It was warm there.\n");
      await writeFile(join(subject.folder, "empty.md"), "");
      const statistics = await api.postStatistics(["short.md", "missing.md", "empty.md"]);
      expect(statistics).toEqual([
        { id: "short.md", words: 10, grade: expect.any(Number) as number },
        { id: "empty.md", words: 0, grade: null },
      ]);
      await expectApiError(api.postStatistics(Array.from({ length: 101 }, (_, i) => `p${i}.md`)), "invalid-argument");
    });

    it("keeps the writer's settings", async () => {
      const before = await api.getSettings();
      const after = await api.updateSettings({ readabilityTarget: 10, theme: "dark", editorFontSize: 18 });
      expect(after).toEqual({ ...before, readabilityTarget: 10, theme: "dark", editorFontSize: 18 });
      expect(await api.getSettings()).toEqual(after);
      expect(await api.settingsFileProblem()).toBeNull();
      await api.setPostLanguage("de-AT");
    });

    it("tells the page about posts changed on disk until it unsubscribes", async () => {
      const post = await api.createPost("Watched");
      const events: PostsChangedEvent[] = [];
      const unsubscribe = api.onDidChangePosts((event) => events.push(event));
      // The event stream may still be connecting: change the post until the page hears of it.
      let round = 0;
      await expect
        .poll(
          async () => {
            await writeFile(join(subject.folder, post.id), `changed elsewhere, round ${++round}`);
            return events.some((event) => event.id === post.id && event.kind === "changed" && event.version !== null);
          },
          { timeout: 10_000, interval: 400 },
        )
        .toBe(true);
      unsubscribe();
      const heard = events.length;
      await writeFile(join(subject.folder, post.id), "after unsubscribing");
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(events).toHaveLength(heard);
    });
  });
}
