/**
 * Moves a file to a new name unless that name is taken. A hard link fails atomically when the
 * name exists, which a check followed by rename cannot promise; disks without hard links
 * (FAT, some network shares) fall back to check-then-rename.
 */
import { link, lstat, rename, unlink } from "node:fs/promises";
import { errnoCode } from "./file-errors";

const LINKS_UNSUPPORTED = new Set(["EPERM", "ENOTSUP", "EOPNOTSUPP", "ENOSYS", "EXDEV", "EMLINK", "EINVAL"]);

function alreadyExists(to: string): Error {
  return Object.assign(new Error(`EEXIST: file already exists, '${to}'`), { code: "EEXIST", path: to });
}

async function exists(file: string): Promise<boolean> {
  try {
    await lstat(file);
    return true;
  } catch (error) {
    if (errnoCode(error) === "ENOENT") return false;
    throw error;
  }
}

/** True when both names lead to the same file, as `Post.md` and `post.md` do on a case-insensitive disk. */
async function sameFile(a: string, b: string): Promise<boolean> {
  const [sa, sb] = await Promise.all([lstat(a), lstat(b)]);
  return sa.dev === sb.dev && sa.ino === sb.ino;
}

/** Moves `from` to `to`; throws an `EEXIST` error when `to` is another existing file. */
export async function moveWithoutOverwriting(from: string, to: string): Promise<void> {
  try {
    await link(from, to);
  } catch (error) {
    const code = errnoCode(error);
    if (code === "EEXIST") {
      if (!(await sameFile(from, to))) throw error;
      await rename(from, to); // only the letter case changes
      return;
    }
    if (code === null || !LINKS_UNSUPPORTED.has(code)) throw error;
    if (await exists(to)) throw alreadyExists(to);
    await rename(from, to);
    return;
  }
  try {
    await unlink(from);
  } catch (error) {
    await unlink(to).catch(() => undefined); // one name, not two, whatever happens
    throw error;
  }
}
