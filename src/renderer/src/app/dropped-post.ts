/**
 * Which post a Markdown file dropped on the window is. Only the desktop app can tell where a
 * dropped file lives (the preload's `clearpostFiles.pathForFile`); a browser never says, so in
 * browser mode, and for files outside the posts folder, the writer is told to copy it in.
 */
import type { ClearpostApi } from "../../../shared/api/contract";
import type { PostId } from "../../../shared/model/post";
import { postIdInFolder } from "./post-id-in-folder";

/** The post to open for a dropped Markdown `file`; throws a writer's message when it is not in the posts folder. */
export async function droppedPostId(api: ClearpostApi, file: File): Promise<PostId> {
  const { folder } = await api.getWorkspace();
  const filePath = window.clearpostFiles?.pathForFile(file) ?? "";
  const id = filePath === "" ? null : postIdInFolder(folder, filePath);
  if (id === null) throw new Error(`Clearpost opens posts from its posts folder. To write in "${file.name}", copy it into ${folder} and pick it in the list.`);
  return id;
}
