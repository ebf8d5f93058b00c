import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { PostsChangedEvent } from "../../src/shared/model/post";
import type { StopWatching } from "../../src/main/library/watch";
import { eventRecorder } from "./support/events";
import { libraryFor, writeFiles } from "./support/library";
import { useTempFolders } from "./support/temp-folder";

/** Within what the writer perceives as "right away". */
const SOON_MS = 1500;

describe("PostLibrary.watch", () => {
  const tempFolder = useTempFolders();
  const stops: StopWatching[] = [];
  afterEach(async () => {
    await Promise.all(stops.splice(0).map((stop) => stop()));
  });

  async function watched(files: Record<string, string> = {}) {
    const folder = await tempFolder();
    await writeFiles(folder, files);
    const library = libraryFor(folder);
    const recorder = eventRecorder<PostsChangedEvent>(SOON_MS);
    stops.push(await library.watch(recorder.listener));
    return { folder, library, ...recorder };
  }

  it("reports a post written by another program, with its version", async () => {
    const { folder, library, waitFor } = await watched();
    await mkdir(path.join(folder, "2024"));
    await writeFile(path.join(folder, "2024", "new.md"), "# From elsewhere");
    const event = await waitFor((e) => e.id === "2024/new.md");
    expect(event).toEqual({ kind: "added", id: "2024/new.md", version: (await library.read("2024/new.md")).version });
  });

  it("reports a post changed by another program", async () => {
    const { folder, library, waitFor } = await watched({ "post.md": "before" });
    await writeFile(path.join(folder, "post.md"), "after");
    const event = await waitFor((e) => e.id === "post.md" && e.kind === "changed");
    expect(event.version).toBe((await library.read("post.md")).version);
  });

  it("reports an editor's atomic replacement (temp file renamed over the post) as a change", async () => {
    const { folder, library, events, waitFor } = await watched({ "post.md": "before" });
    await writeFile(path.join(folder, "post.md.tmp-other-editor"), "replaced");
    await rename(path.join(folder, "post.md.tmp-other-editor"), path.join(folder, "post.md"));
    const { version } = await library.read("post.md");
    await waitFor((e) => e.id === "post.md" && e.version === version);
    expect(events.at(-1)).toEqual({ kind: "changed", id: "post.md", version });
  });

  it("reports a post removed on disk", async () => {
    const { folder, waitFor } = await watched({ "post.md": "x" });
    await rm(path.join(folder, "post.md"));
    expect(await waitFor((e) => e.id === "post.md")).toEqual({ kind: "removed", id: "post.md", version: null });
  });

  it("reports Clearpost's own save with the version the save returned, so the editor can ignore it", async () => {
    const { library, waitFor } = await watched({ "post.md": "before" });
    const opened = await library.read("post.md");
    const { version } = await library.save("post.md", "saved by the writer", opened.version);
    expect(await waitFor((e) => e.id === "post.md" && e.kind === "changed")).toEqual({ kind: "changed", id: "post.md", version });
  });

  it("ignores hidden folders, temp files and files that are not posts", async () => {
    const { folder, events, waitFor } = await watched();
    await writeFiles(folder, { ".trash/old.md": "x", ".post.md.clearpost-abc.tmp": "x", "notes.txt": "x", "node_modules/a/readme.md": "x" });
    await writeFile(path.join(folder, "marker.md"), "x");
    await waitFor((e) => e.id === "marker.md");
    expect(events.map((e) => e.id)).toEqual(["marker.md"]);
  });

  it("stops reporting once closed", async () => {
    const folder = await tempFolder();
    const recorder = eventRecorder<PostsChangedEvent>();
    const stop = await libraryFor(folder).watch(recorder.listener);
    await stop();
    await writeFile(path.join(folder, "late.md"), "x");
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(recorder.events).toEqual([]);
  });
});
