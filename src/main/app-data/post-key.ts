/**
 * The file name a post's backups and history use in the app data folder: a hash of the posts
 * folder and the post's id, so any id is a safe name and two folders' `index.md` never meet.
 */
import { createHash } from "node:crypto";
import type { PostId } from "../../shared/model/post";

/** 32 hex digits naming post `id` of `postsFolder` (an absolute path). */
export function postKey(postsFolder: string, id: PostId): string {
  return createHash("sha256").update(`${postsFolder}\0${id}`).digest("hex").slice(0, 32);
}
