/**
 * Run as a child process (possibly as another user) by the save-failure tests, never imported:
 * saves one post through PostLibrary and prints the outcome as one line of JSON.
 *
 * Arguments: <posts folder> <post id> <text>.
 */
import { PostLibrary } from "../../../src/main/library/post-library";

const [folder, id, text] = process.argv.slice(2);
if (!folder || !id || text === undefined) throw new Error("usage: save-once <folder> <id> <text>");
const library = new PostLibrary(folder, { trashItem: async () => undefined });
try {
  await library.save(id, text, null);
  console.log(JSON.stringify({ ok: true }));
} catch (error) {
  const { code, message } = error as { code?: unknown; message?: unknown };
  console.log(JSON.stringify({ ok: false, code, message }));
}
