/** The one place that turns a file system error (errno code) into an ApiError a writer understands. */
import { ApiError } from "../../shared/api/errors";

/** What Clearpost was doing when the file system refused. */
export type FileAction = "open" | "save" | "create" | "rename" | "delete" | "list";

const VERB: Readonly<Record<FileAction, string>> = {
  open: "open",
  save: "write",
  create: "create",
  rename: "rename",
  delete: "move to the trash",
  list: "read",
};

/** The errno code of a Node file system error (`ENOENT` …), or null for any other value. */
export function errnoCode(error: unknown): string | null {
  if (error instanceof ApiError || typeof error !== "object" || error === null || !("code" in error)) return null;
  return typeof error.code === "string" ? error.code : null;
}

function messageFor(code: string, action: FileAction, name: string): ApiError {
  const verb = VERB[action];
  switch (code) {
    case "ENOENT":
    case "ENOTDIR":
      return action === "create" || action === "list"
        ? new ApiError("not-found", `The posts folder for "${name}" no longer exists on disk. It may have been moved, renamed or deleted outside Clearpost.`)
        : new ApiError("not-found", `The post "${name}" no longer exists on disk. It may have been moved, renamed or deleted outside Clearpost.`);
    case "EACCES":
    case "EPERM":
    case "EROFS":
      return new ApiError("io", `Clearpost is not allowed to ${verb} "${name}". Check that the posts folder is on a writable disk and that you have permission to change it.`);
    case "ENOSPC":
    case "EDQUOT":
      return new ApiError("io", `The disk is full, so Clearpost could not ${verb} "${name}". Free some space and try again.`);
    case "EEXIST":
      return new ApiError("already-exists", `"${name}" already exists. Choose another name.`);
    case "EISDIR":
      return new ApiError("invalid-argument", `"${name}" is a folder, not a post.`);
    case "ENAMETOOLONG":
      return new ApiError("invalid-argument", `The name "${name}" is too long for this disk.`);
    case "EBUSY":
      return new ApiError("io", `"${name}" is in use by another program. Close it there and try again.`);
    case "EMFILE":
    case "ENFILE":
      return new ApiError("io", `Too many files are open, so Clearpost could not ${verb} "${name}". Try again in a moment.`);
    default:
      return new ApiError("io", `Clearpost could not ${verb} "${name}" (${code}).`);
  }
}

/**
 * `error` as an ApiError: ApiErrors pass through, file system errors get a writer's message
 * naming `name`. Null for anything else, which is a bug rather than a writer's problem.
 */
export function fileErrorToApiError(error: unknown, action: FileAction, name: string): ApiError | null {
  if (error instanceof ApiError) return error;
  const code = errnoCode(error);
  return code === null ? null : messageFor(code, action, name);
}

/**
 * Throws `error` as an ApiError (see fileErrorToApiError). A bug is rethrown unchanged, so the
 * transport reports it as an internal error with its stack.
 */
export function throwFileError(error: unknown, action: FileAction, name: string): never {
  throw fileErrorToApiError(error, action, name) ?? error;
}

/** Runs `work`, turning its file system errors into ApiErrors about `name`. */
export async function asFileAction<T>(action: FileAction, name: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throwFileError(error, action, name);
  }
}
