/** Hot exit through the real services: unsaved text is journaled in the app data folder and offered back after a crash. */
import { readdir } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { BACKUPS_FOLDER_NAME } from "../../src/main/backup/backup-store";
import { writeFiles } from "./support/library";
import { useTestServices } from "./support/services";

describe("unsaved text after a crash", () => {
  const start = useTestServices();

  it("is kept in the app data folder, never the posts folder, and offered back with the text on disk", async () => {
    const first = await start();
    await writeFiles(first.folder, { "post.md": "# On disk\n" });
    const { version } = await first.services.readPost("post.md");
    await first.services.backupPost({ id: "post.md", text: "# On disk\n\nTyped, not saved.\n", baseVersion: version });
    expect(await readdir(first.folder)).toEqual(["post.md"]);
    expect(await readdir(path.join(first.appData, BACKUPS_FOLDER_NAME))).toHaveLength(1);

    await first.services.close(); // the crash: nothing else runs
    const second = await start(first);
    const [offer, ...others] = await second.services.listBackups();
    expect(others).toEqual([]);
    expect(offer).toMatchObject({ id: "post.md", text: "# On disk\n\nTyped, not saved.\n", diskText: "# On disk\n" });
    expect(offer?.savedMs).toBeGreaterThan(Date.now() - 60_000);
  });

  it("is cleared by a save, a discard and a delete, and follows a rename", async () => {
    const { services, folder } = await start();
    await writeFiles(folder, { "a.md": "a", "b.md": "b", "c.md": "c", "d.md": "d" });
    for (const id of ["a.md", "b.md", "c.md", "d.md"]) await services.backupPost({ id, text: `${id} unsaved`, baseVersion: null });
    await services.savePost({ id: "a.md", text: "a saved", baseVersion: null });
    await services.discardBackup("b.md");
    await services.deletePost("c.md");
    await services.renamePost("d.md", "renamed");
    expect((await services.listBackups()).map((offer) => offer.id)).toEqual(["renamed.md"]);
  });

  it("offers the text of a post whose file is gone, and forgets a backup that matches the disk", async () => {
    const { services, folder } = await start();
    await writeFiles(folder, { "same.md": "same words" });
    await services.backupPost({ id: "same.md", text: "same words", baseVersion: null });
    await services.backupPost({ id: "gone.md", text: "only here", baseVersion: null });
    expect(await services.listBackups()).toEqual([expect.objectContaining({ id: "gone.md", diskText: null })]);
    expect(await services.listBackups()).toHaveLength(1);
  });

  it("never writes a backup for an id outside the posts folder", async () => {
    const { services, appData } = await start();
    await expect(services.backupPost({ id: "../escape.md", text: "x", baseVersion: null })).rejects.toMatchObject({ code: "forbidden" });
    expect(await readdir(appData)).toEqual([]);
  });
});
