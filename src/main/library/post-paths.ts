/**
 * Post ids <-> absolute paths. Ids come from the UI, which may be a browser page, so every id is
 * checked to name a Markdown file inside the posts folder, following symlinks, before any use.
 */
import { lstat, realpath, stat } from "node:fs/promises";
import path from "node:path";
import { ApiError } from "../../shared/api/errors";
import type { PostId } from "../../shared/model/post";
import { errnoCode } from "./file-errors";

const MARKDOWN_FILE = /\.(md|markdown)$/i;

/** True for a file name Clearpost treats as a post (`.md` or `.markdown`). */
export function isMarkdownFileName(name: string): boolean {
  return MARKDOWN_FILE.test(name);
}

/** True for a file or folder name Clearpost never lists or watches: dot-names (`.trash`, `.git`, our temp files) and `node_modules`. */
export function isSkippedName(name: string): boolean {
  return name.startsWith(".") || name === "node_modules";
}

/** The id of the file at `absolutePath` inside `folder`: relative, with `/` separators. */
export function postIdFromPath(folder: string, absolutePath: string): PostId {
  return path.relative(folder, absolutePath).split(path.sep).join("/");
}

/** True when `child` is strictly inside `parent` (both absolute). */
export function isInsideFolder(parent: string, child: string): boolean {
  const relative = path.relative(parent, child);
  return relative !== "" && relative !== ".." && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative);
}

/**
 * Names Windows keeps for devices (`CON`, `nul.md`, `com1.txt` …, whatever the extension or
 * case): opening one there reaches the device, not a file. Refused everywhere, so a folder of
 * posts means the same on every system.
 */
const WINDOWS_DEVICE_NAME = /^(?:con|prn|aux|nul|com[0-9\u00b9\u00b2\u00b3]|lpt[0-9\u00b9\u00b2\u00b3]|conin\$|conout\$|clock\$)\s*(?:\..*)?$/i;

/** True for a control character (U+0000–U+001F, U+007F): invalid in Windows names, and a way to forge lines in logs and messages. */
function isControlCharacter(character: string): boolean {
  const code = character.charCodeAt(0);
  return code < 0x20 || code === 0x7f;
}

/** A percent-encoded (or double-encoded) dot, slash or backslash, or an overlong UTF-8 lead byte: ids are never decoded, so only a trick uses one. */
const ENCODED_SEPARATOR = /%(?:25)*(?:2e|2f|5c|c0|c1)/i;

/** A segment that Windows reads as a drive (`C:post.md` is "post.md in C:'s current folder"). */
const DRIVE_PREFIX = /^[a-z]:/i;

/** Why `segment` cannot be part of a post id, or null when it can. */
function segmentProblem(segment: string): "outside" | "hidden" | "invalid" | null {
  // NFKC folds lookalikes (fullwidth `．．`, `／`, the one- and two-dot leaders) into what they imitate.
  for (const form of new Set([segment, segment.normalize("NFKC")])) {
    if (form === ".." || form.includes("/") || form.includes("\\") || DRIVE_PREFIX.test(form)) return "outside";
    if (form === "" || form === ".") return "invalid";
    if (isSkippedName(form)) return "hidden";
    // Windows drops trailing dots and spaces, so `sub.` and `sub` would be two ids for one folder.
    if (/[. ]$/.test(form) || WINDOWS_DEVICE_NAME.test(form)) return "invalid";
  }
  return null;
}

/** The segments of a well-formed id; throws for ids that could name anything but a post in the folder. */
function idSegments(id: PostId): string[] {
  if (id === "" || Array.from(id).some(isControlCharacter) || id.includes("\\")) {
    const printable = Array.from(id).filter((character) => !isControlCharacter(character)).join("");
    throw new ApiError("invalid-argument", `"${printable}" is not a valid post name.`);
  }
  if (path.posix.isAbsolute(id) || path.win32.isAbsolute(id) || ENCODED_SEPARATOR.test(id)) {
    throw new ApiError("forbidden", "Clearpost only opens posts inside the posts folder.");
  }
  const segments = id.split("/");
  const problems = segments.map(segmentProblem);
  if (problems.includes("outside")) throw new ApiError("forbidden", "Clearpost only opens posts inside the posts folder.");
  if (problems.includes("invalid")) throw new ApiError("invalid-argument", `"${id}" is not a valid post name.`);
  if (problems.includes("hidden")) throw new ApiError("forbidden", `"${id}" is in a hidden folder, which Clearpost does not open.`);
  if (!isMarkdownFileName(id)) throw new ApiError("invalid-argument", `"${id}" is not a Markdown file; Clearpost opens .md and .markdown files.`);
  return segments;
}

/** True when `target` is a symlink whose target does not exist (realpath said ENOENT, lstat finds the link). */
async function isBrokenLink(target: string): Promise<boolean> {
  try {
    return (await lstat(target)).isSymbolicLink();
  } catch {
    return false;
  }
}

/**
 * The real path of `target`, or of its nearest existing ancestor joined with the missing rest.
 * A broken symlink on the way is refused: whatever it points at could be created outside later.
 */
async function realPathAllowingMissing(target: string, id: PostId): Promise<string> {
  const missing: string[] = [];
  for (let current = target; ; current = path.dirname(current)) {
    try {
      return path.join(await realpath(current), ...missing.reverse());
    } catch (error) {
      if (errnoCode(error) !== "ENOENT" || path.dirname(current) === current) throw error;
      if (await isBrokenLink(current)) throw new ApiError("forbidden", `"${id}" is a link to a file that does not exist, so Clearpost will not open it.`);
      missing.push(path.basename(current));
    }
  }
}

/** Throws when the file at `realTarget` has other hard links: one of them may be outside the folder, and no path says so. */
async function refuseHardLinks(realTarget: string, id: PostId): Promise<void> {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(realTarget);
  } catch (error) {
    if (errnoCode(error) === "ENOENT") return;
    throw error;
  }
  // Folders always have several links (`.` and their subfolders' `..`); they are refused later as not being posts.
  if (info.isFile() && info.nlink > 1) {
    throw new ApiError("forbidden", `"${id}" is hard-linked to another file, which may be outside the posts folder, so Clearpost will not open it.`);
  }
}

/**
 * The absolute path of post `id` in `folder`. Refuses ids with `..`, absolute ids (POSIX, Windows,
 * drive-relative, UNC), encoded separators, lookalike dots and slashes, control characters,
 * Windows device names, ids in hidden folders, non-Markdown names, symlinks that lead out of the
 * folder or nowhere, and hard-linked files. The post need not exist.
 */
export async function resolvePostPath(folder: string, id: PostId): Promise<string> {
  const absolute = path.join(folder, ...idSegments(id));
  const [realFolder, realTarget] = await Promise.all([realpath(folder), realPathAllowingMissing(absolute, id)]);
  if (!isInsideFolder(realFolder, realTarget)) {
    throw new ApiError("forbidden", `"${id}" links to a file outside the posts folder, so Clearpost will not open it.`);
  }
  await refuseHardLinks(realTarget, id);
  return absolute;
}

/**
 * The file name a rename should use: trimmed, with `.md` added unless it already ends in `.md`
 * or `.markdown`. Refuses names that would move the post to another folder or hide it.
 */
export function postFileName(requested: string): string {
  const name = requested.trim();
  if (name === "") throw new ApiError("invalid-argument", "A post needs a file name.");
  if (/[/\\\0]/.test(name) || name.includes("..")) {
    throw new ApiError("invalid-argument", `"${name}" cannot be used as a file name: it must not contain "/", "\\" or "..".`);
  }
  if (name.startsWith(".")) throw new ApiError("invalid-argument", `"${name}" starts with a dot, which would hide the post.`);
  return isMarkdownFileName(name) ? name : `${name}.md`;
}
