/**
 * `clearpost export --all DIR`: every post of the folder that is not a draft, as pages, plus an
 * `index.html` listing them newest first, ready to upload. Writes nothing when it would replace
 * a file that is not an earlier export, unless `--force`.
 */
import { stat } from "node:fs/promises";
import path from "node:path";
import { ApiError } from "../../shared/api/errors";
import { exportAllPosts } from "../export/export-all-posts";
import { EXPORT_FOLDER_NAME } from "../services/export-calls";
import type { CheckOutput } from "./check-command";
import type { ExportAllCommand } from "./parse-arguments";

/** Runs the export; exits 0 when the site was written, 2 when the folder is missing, 1 when the export failed. */
export async function exportAllCommand(command: ExportAllCommand, output: CheckOutput): Promise<number> {
  const folder = path.resolve(command.folder);
  if (!(await stat(folder).then((info) => info.isDirectory(), () => false))) {
    output.err(`clearpost: ${command.folder}: no such folder.`);
    return 2;
  }
  const destination = path.resolve(command.out ?? path.join(folder, EXPORT_FOLDER_NAME));
  try {
    const written = await exportAllPosts({ folder, destination, images: command.images, overwrite: command.force ? "always" : "exports-only" });
    for (const page of written.pages) {
      output.out(`${page.id} -> ${page.path}`);
      for (const src of page.missingImages) output.err(`clearpost: ${page.id}: image "${src}" was not found in ${folder}; its link is left as written.`);
    }
    const drafts = written.drafts.length;
    output.out(`index -> ${written.index}${drafts > 0 ? ` (${drafts} draft${drafts === 1 ? "" : "s"} left out)` : ""}`);
    return 0;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    output.err(`clearpost: ${message}${error instanceof ApiError && error.code === "already-exists" ? " Use --force to replace them." : ""}`);
    return 1;
  }
}
