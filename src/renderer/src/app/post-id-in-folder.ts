/** A file path inside the posts folder as a post id; apart from dropped-post.ts so it is testable without a window. */
import type { PostId } from "../../../shared/model/post";

/** The id of the file at `filePath` in `folder` (absolute), or null when it is not one of the folder's files. */
export function postIdInFolder(folder: string, filePath: string): PostId | null {
  const separator = folder.includes("\\") && !folder.includes("/") ? "\\" : "/";
  const prefix = folder.endsWith(separator) ? folder : `${folder}${separator}`;
  if (!filePath.startsWith(prefix)) return null;
  const relative = filePath.slice(prefix.length).split(separator);
  return relative.some((segment) => segment === "" || segment === "..") ? null : relative.join("/");
}
