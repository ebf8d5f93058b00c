/**
 * Post ids <-> absolute paths. Ids come from the UI, which may be a browser page, so every id is
 * checked to name a Markdown file inside the posts folder, following symlinks, before any use.
 */
import { realpath } from "node:fs/promises";
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

/** The segments of a well-formed id; throws for ids that could name anything but a post in the folder. */
function idSegments(id: PostId): string[] {
  if (id === "" || id.includes("\0") || id.includes("\\")) {
    throw new ApiError("invalid-argument", `"${id.replace(/\0/g, "")}" is not a valid post name.`);
  }
  if (path.posix.isAbsolute(id) || path.win32.isAbsolute(id)) {
    throw new ApiError("forbidden", "Clearpost only opens posts inside the posts folder.");
  }
  const segments = id.split("/");
  if (segments.includes("..")) throw new ApiError("forbidden", "Clearpost only opens posts inside the posts folder.");
  if (segments.some((s) => s === "" || s === ".")) throw new ApiError("invalid-argument", `"${id}" is not a valid post name.`);
  if (segments.some(isSkippedName)) throw new ApiError("forbidden", `"${id}" is in a hidden folder, which Clearpost does not open.`);
  if (!isMarkdownFileName(id)) throw new ApiError("invalid-argument", `"${id}" is not a Markdown file; Clearpost opens .md and .markdown files.`);
  return segments;
}

/** The real path of `target`, or of its nearest existing ancestor joined with the missing rest. */
async function realPathAllowingMissing(target: string): Promise<string> {
  const missing: string[] = [];
  for (let current = target; ; current = path.dirname(current)) {
    try {
      return path.join(await realpath(current), ...missing.reverse());
    } catch (error) {
      if (errnoCode(error) !== "ENOENT" || path.dirname(current) === current) throw error;
      missing.push(path.basename(current));
    }
  }
}

/**
 * The absolute path of post `id` in `folder`. Refuses ids with `..`, absolute ids, ids in hidden
 * folders, non-Markdown names, and symlinks that lead out of the folder. The post need not exist.
 */
export async function resolvePostPath(folder: string, id: PostId): Promise<string> {
  const absolute = path.join(folder, ...idSegments(id));
  const [realFolder, realTarget] = await Promise.all([realpath(folder), realPathAllowingMissing(absolute)]);
  if (!isInsideFolder(realFolder, realTarget)) {
    throw new ApiError("forbidden", `"${id}" links to a file outside the posts folder, so Clearpost will not open it.`);
  }
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
