/** A backup that could not be written or removed, told in a writer's words: the text is safe in the editor, not yet on disk. */
import { ApiError } from "../../shared/api/errors";
import type { PostId } from "../../shared/model/post";
import { errnoCode } from "../library/file-errors";

/** Throws `error` as an ApiError saying the unsaved text of `id` has no backup in `folder`; a bug is rethrown as it is. */
export function backupFailure(error: unknown, id: PostId, folder: string): never {
  if (error instanceof ApiError) throw error;
  const code = errnoCode(error);
  if (code === null) throw error;
  throw new ApiError("io", `Clearpost could not keep a backup of your unsaved changes to "${id}" in ${folder} (${code}). They are still in the editor: save them to keep them.`);
}
