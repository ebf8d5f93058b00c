/**
 * What the export controls and the desktop menu do, each ending in one line for the writer. The
 * exports read the post from disk, so the open post is saved first (a read-only one is on disk as shown).
 */
import type { ClearpostApi, PublishProblem } from "../../../../shared/api/contract";
import type { PostSession } from "../../session/post-session";
import { writeHtmlToClipboard } from "./clipboard-html";

export const NOT_SAVED = "Save the post before exporting it.";

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? "" : "s"}`;
const missingNote = (missing: number) => (missing > 0 ? ` (${count(missing, "image")} not found)` : "");

/** True once what the editor shows is on disk. */
async function onDisk(session: PostSession): Promise<boolean> {
  return (await session.save()) || session.status.get().readOnly !== null;
}

/** What the saved post still lacks before publishing; null when the open post could not be saved first. */
export async function checkOpenPost(api: ClearpostApi, session: PostSession): Promise<readonly PublishProblem[] | null> {
  if (!(await onDisk(session))) return null;
  return api.checkBeforePublishing(session.id);
}

/** "Export HTML" (a standalone page) or "Export fragment" (the body alone); "" when the writer cancelled the dialog. */
export async function exportOpenPost(api: ClearpostApi, session: PostSession, fragment: boolean): Promise<string> {
  if (!(await onDisk(session))) return NOT_SAVED;
  const result = await api.exportPost(session.id, { images: session.exportImages, fragment });
  if (result.path === null) return "";
  return `Exported ${fragment ? "the fragment " : ""}to ${result.path}${missingNote(result.missingImages.length)}`;
}

/** "Copy as HTML": the post's body, as the fragment export writes it, onto the clipboard. Call it from the click. */
export async function copyOpenPostAsHtml(api: ClearpostApi, session: PostSession): Promise<string> {
  if (!(await onDisk(session))) return NOT_SAVED;
  const body = await api.exportPostBody(session.id);
  await writeHtmlToClipboard(body.html);
  return `Copied the post as HTML${missingNote(body.missingImages.length)}`;
}

/** "Export all posts": every post that is not a draft, and an index; "" when the writer cancelled the dialog. */
export async function exportEveryPost(api: ClearpostApi, session: PostSession): Promise<string> {
  if (!(await onDisk(session))) return NOT_SAVED;
  const result = await api.exportAllPosts({ images: session.exportImages });
  if (result.folder === null) return "";
  const drafts = result.drafts > 0 ? `; ${count(result.drafts, "draft")} left out` : "";
  return `Exported ${count(result.posts, "post")} and an index to ${result.folder}${drafts}${missingNote(result.missingImages)}`;
}
