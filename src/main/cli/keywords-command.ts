/** `clearpost keywords POST.md…`: the phrases each post is most about, best first, one per line. */
import { type CheckOutput, forEachReadablePost, postKeywordReport } from "./check-command";
import type { KeywordsCommand } from "./parse-arguments";

/** Prints each post's suggestions (a `# file` line first when there are several posts); exit 2 when one is unreadable. */
export async function printKeywords(command: KeywordsCommand, output: CheckOutput): Promise<number> {
  const unreadable = await forEachReadablePost(command.posts, output, (file, text) => {
    if (command.posts.length > 1) output.out(`# ${file}`);
    for (const suggestion of postKeywordReport(file, text).suggestions) output.out(suggestion.phrase);
  });
  return unreadable ? 2 : 0;
}
