/** Makes sure the posts folder exists, and greets a writer whose folder Clearpost has just created. */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { ApiError } from "../../shared/api/errors";
import { asFileAction, errnoCode } from "./file-errors";
import { WELCOME_POST_FILE_NAME, welcomePostText } from "./welcome-post";

/** The posts folder after ensurePostsFolder. */
export interface EnsuredPostsFolder {
  /** Absolute path of the folder. */
  readonly folder: string;
  /** True when the folder did not exist and was created, with the welcome post in it. */
  readonly created: boolean;
}

/** Creates `folder` and its parents; the path of the first folder created, or undefined when it existed. */
async function makeFolder(folder: string): Promise<string | undefined> {
  try {
    return await mkdir(folder, { recursive: true });
  } catch (error) {
    const code = errnoCode(error);
    if (code === "EEXIST" || code === "ENOTDIR") {
      throw new ApiError("invalid-argument", `"${folder}" cannot be the posts folder: it or a folder above it is a file.`);
    }
    throw error;
  }
}

/**
 * Creates `folder` (and its parents) when missing and writes the welcome post into it. A folder
 * that already exists is left alone, so a writer who deleted the welcome post never sees it again.
 */
export async function ensurePostsFolder(folder: string, now: Date = new Date()): Promise<EnsuredPostsFolder> {
  const absolute = path.resolve(folder);
  return asFileAction("create", absolute, async () => {
    if ((await makeFolder(absolute)) === undefined) return { folder: absolute, created: false };
    await writeFile(path.join(absolute, WELCOME_POST_FILE_NAME), welcomePostText(now), { flag: "wx" });
    return { folder: absolute, created: true };
  });
}
