/** Walks the posts folder for Markdown files, skipping hidden folders (`.trash`, `.git`) and `node_modules`. */
import { readdir } from "node:fs/promises";
import path from "node:path";
import { isMarkdownFileName, isSkippedName } from "./post-paths";

/**
 * Absolute paths of every post under `folder`. Symlinks are not followed, so a link cannot lead
 * the list outside the folder or round in a loop.
 */
export async function findPostFiles(folder: string): Promise<string[]> {
  const found: string[] = [];
  const pending = [folder];
  for (let current = pending.pop(); current !== undefined; current = pending.pop()) {
    for (const entry of await readdir(current, { withFileTypes: true })) {
      if (isSkippedName(entry.name)) continue;
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) pending.push(full);
      else if (entry.isFile() && isMarkdownFileName(entry.name)) found.push(full);
    }
  }
  return found;
}
