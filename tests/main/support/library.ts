/** A PostLibrary over a test folder, with deleted posts going to the folder's `.trash/`. */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { PostLibrary } from "../../../src/main/library/post-library";
import { moveToFolderTrash } from "../../../src/main/library/trash";

/** A library over `folder` whose clock reads `now`. */
export function libraryFor(folder: string, now: Date = new Date(2024, 4, 17, 9, 0)): PostLibrary {
  return new PostLibrary(folder, { trashItem: moveToFolderTrash(folder), now: () => now });
}

/** Writes `files` (relative path -> contents) into `folder`, creating subfolders. */
export async function writeFiles(folder: string, files: Readonly<Record<string, string | Uint8Array>>): Promise<void> {
  for (const [relative, contents] of Object.entries(files)) {
    const file = path.join(folder, relative);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, contents);
  }
}
