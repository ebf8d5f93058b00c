/**
 * `clearpost export POST.md…`: writes each post as a standalone HTML page (or its body alone),
 * with the same renderer, sanitizing policy and theme as the app. Images come from the post's
 * folder (or `--posts DIR`) only. Files that are not earlier exports are never replaced without
 * `--force`.
 */
import { stat } from "node:fs/promises";
import path from "node:path";
import { ApiError } from "../../shared/api/errors";
import { isMarkdownFileName } from "../library";
import { isInsideFolder } from "../library/post-paths";
import { exportPostToFile } from "../export/export-post-file";
import type { ExportCommand } from "./parse-arguments";

/** Where the export of `post` goes. */
function destinationOf(command: ExportCommand, post: string): string {
  const name = `${path.basename(post, path.extname(post))}${command.fragment ? ".fragment" : ""}.html`;
  if (command.out === null) return path.join(path.dirname(post), name);
  return /\.html?$/i.test(command.out) ? path.resolve(command.out) : path.resolve(command.out, name);
}

async function isFile(file: string): Promise<boolean> {
  return stat(file).then(
    (info) => info.isFile(),
    () => false,
  );
}

/** Runs the export; the exit code is 0 when every post was written, 2 when a post is missing, 1 when an export failed. */
export async function exportPosts(command: ExportCommand, output: { out: (line: string) => void; err: (line: string) => void }): Promise<number> {
  const posts = command.posts.map((post) => path.resolve(post));
  // Check every file first, so a typo does not leave half the posts exported.
  let usageProblem = false;
  for (const [i, post] of posts.entries()) {
    const typed = command.posts[i] ?? post;
    if (!(await isFile(post))) {
      output.err(`clearpost: ${typed}: no such file.`);
      usageProblem = true;
    } else if (!isMarkdownFileName(post)) {
      output.err(`clearpost: ${typed} is not a Markdown file (.md or .markdown).`);
      usageProblem = true;
    } else if (command.postsFolder !== null && !isInsideFolder(path.resolve(command.postsFolder), post)) {
      output.err(`clearpost: ${typed} is not inside --posts ${command.postsFolder}.`);
      usageProblem = true;
    }
  }
  if (usageProblem) return 2;

  let failed = false;
  for (const [i, post] of posts.entries()) {
    const folder = command.postsFolder === null ? path.dirname(post) : path.resolve(command.postsFolder);
    const id = path.relative(folder, post).split(path.sep).join("/");
    try {
      const written = await exportPostToFile({
        folder,
        id,
        destination: destinationOf(command, post),
        images: command.images,
        fragment: command.fragment,
        overwrite: command.force ? "always" : "exports-only",
      });
      output.out(`${command.posts[i] ?? post} -> ${written.path}`);
      for (const src of written.missing) output.err(`clearpost: ${command.posts[i] ?? post}: image "${src}" was not found in ${folder}; its link is left as written.`);
    } catch (error) {
      failed = true;
      const message = error instanceof ApiError ? error.message : error instanceof Error ? error.message : String(error);
      output.err(`clearpost: ${command.posts[i] ?? post}: ${message}${error instanceof ApiError && error.code === "already-exists" ? " Use --force to replace it." : ""}`);
    }
  }
  return failed ? 1 : 0;
}
