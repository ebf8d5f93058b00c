/**
 * Where deleted posts go. Electron injects the operating system's trash; browser mode, which
 * has no such thing, moves them to a `.trash/` folder inside the posts folder.
 */
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { errnoCode } from "./file-errors";
import { moveWithoutOverwriting } from "./move-without-overwriting";

/** Moves the file at an absolute path somewhere the writer can get it back from. */
export type TrashItem = (absolutePath: string) => Promise<void>;

/** The folder trash's name inside the posts folder (hidden, so it is never listed). */
export const FOLDER_TRASH_NAME = ".trash";

/** `20240501-142233`: sortable, and valid in file names on every platform. */
function timestamp(now: Date): string {
  return now.toISOString().replace(/\.\d+Z$/, "").replace(/[-:]/g, "").replace("T", "-");
}

/** Names to try for a deleted file, the plain name first, then with a deletion time and a counter. */
function* trashNames(fileName: string, now: Date): Generator<string> {
  yield fileName;
  const extension = path.extname(fileName);
  const stem = fileName.slice(0, fileName.length - extension.length);
  const stamped = `${stem}-deleted-${timestamp(now)}`;
  yield `${stamped}${extension}`;
  for (let n = 2; ; n++) yield `${stamped}-${n}${extension}`;
}

/** A TrashItem that moves files into `<folder>/.trash/`, never overwriting an earlier deleted post. */
export function moveToFolderTrash(folder: string, now: () => Date = () => new Date()): TrashItem {
  const trash = path.join(folder, FOLDER_TRASH_NAME);
  return async (absolutePath) => {
    await mkdir(trash, { recursive: true });
    for (const name of trashNames(path.basename(absolutePath), now())) {
      try {
        await moveWithoutOverwriting(absolutePath, path.join(trash, name));
        return;
      } catch (error) {
        if (errnoCode(error) !== "EEXIST") throw error;
      }
    }
  };
}
