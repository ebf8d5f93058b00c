/** Which journaled texts to offer back to the writer: those whose post on disk now reads differently. */
import { ApiError } from "../../shared/api/errors";
import type { UnsavedPost } from "../../shared/model/unsaved";
import type { PostLibrary } from "../library";
import { errnoCode } from "../library/file-errors";
import type { BackupStore } from "./backup-store";

/** The post's text on disk, null when it is gone, undefined when it cannot be read now (the backup waits). */
async function diskTextOf(library: PostLibrary, id: string): Promise<string | null | undefined> {
  try {
    return (await library.read(id)).text;
  } catch (error) {
    if ((error instanceof ApiError && error.code === "not-found") || errnoCode(error) === "ENOENT") return null;
    return undefined;
  }
}

/** The backups of `library`'s folder that differ from the disk, newest first; backups equal to the disk are forgotten. */
export async function unsavedPosts(backups: BackupStore, library: PostLibrary): Promise<UnsavedPost[]> {
  const offers: UnsavedPost[] = [];
  for (const backup of await backups.list(library.folder)) {
    const diskText = await diskTextOf(library, backup.id);
    if (diskText === undefined) continue;
    if (diskText === backup.text) await backups.remove(library.folder, backup.id);
    else offers.push({ id: backup.id, text: backup.text, savedMs: backup.savedMs, diskText });
  }
  return offers;
}
