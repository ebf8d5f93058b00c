/** The pre-publish check on the Node side: the shared reading of the saved post, plus its local links and images looked up on disk. */
import { stat } from "node:fs/promises";
import path from "node:path";
import { missingFileProblem, type PublishProblem, readBeforePublishing } from "../../shared/export/pre-publish";
import type { PostId } from "../../shared/model/post";
import type { PostLibrary } from "../library";

async function isFile(absolutePath: string): Promise<boolean> {
  try {
    return (await stat(absolutePath)).isFile();
  } catch {
    return false;
  }
}

/** What post `id` (as saved) still lacks before publishing, checked against the writer's readability `target`. */
export async function checkBeforePublishing(library: PostLibrary, id: PostId, target: number): Promise<PublishProblem[]> {
  const { text } = await library.read(id);
  const reading = readBeforePublishing(id, text, target);
  const missing = await Promise.all(
    reading.references.map(async (reference) =>
      reference.path !== null && (await isFile(path.join(library.folder, ...reference.path.split("/")))) ? null : missingFileProblem(reference),
    ),
  );
  return [...reading.problems, ...missing.filter((problem): problem is PublishProblem => problem !== null)];
}
