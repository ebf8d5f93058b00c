/** `clearpost keywords POST.md…`: the phrases each post is most about, best first, one per line. */
import type { CheckOutput } from "./check-command";
import { postKeywordReport, readPost } from "./check-command";
import type { KeywordsCommand } from "./parse-arguments";

/** Prints each post's suggestions (a `# file` line first when there are several posts); exit 2 when one is unreadable. */
export async function printKeywords(command: KeywordsCommand, output: CheckOutput): Promise<number> {
  let unreadable = false;
  for (const file of command.posts) {
    const read = await readPost(file);
    if ("problem" in read) {
      output.err(`clearpost: ${file}: ${read.problem}`);
      unreadable = true;
      continue;
    }
    if (command.posts.length > 1) output.out(`# ${file}`);
    for (const suggestion of postKeywordReport(file, read.text).suggestions) output.out(suggestion.phrase);
  }
  return unreadable ? 2 : 0;
}
