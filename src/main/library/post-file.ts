/** Reads one post file from disk: its text for the editor, its version, and whether it may be saved. */
import { open } from "node:fs/promises";
import path from "node:path";
import { ApiError } from "../../shared/api/errors";
import type { PostVersion } from "../../shared/model/post";
import { versionOfBytes, versionOfFile } from "./content-version";
import { MAX_EDITABLE_BYTES, type ReadOnlyState, decodePostBytes } from "./decode";

/** A post file as read from disk. */
export interface PostFile {
  readonly text: string;
  readonly version: PostVersion;
  readonly modifiedMs: number;
  readonly readOnly: ReadOnlyState | null;
}

/** Reads the post at `absolutePath`; a file too large to edit is read only as far as the limit. */
export async function readPostFile(absolutePath: string): Promise<PostFile> {
  const handle = await open(absolutePath, "r");
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) throw new ApiError("invalid-argument", `"${path.basename(absolutePath)}" is a folder, not a post.`);
    if (stats.size > MAX_EDITABLE_BYTES) {
      const head = new Uint8Array(MAX_EDITABLE_BYTES);
      const { bytesRead } = await handle.read(head, 0, MAX_EDITABLE_BYTES, 0);
      const decoded = decodePostBytes(head.subarray(0, bytesRead), stats.size);
      return { ...decoded, version: await versionOfFile(absolutePath), modifiedMs: stats.mtimeMs };
    }
    const bytes = await handle.readFile();
    return { ...decodePostBytes(bytes), version: versionOfBytes(bytes), modifiedMs: stats.mtimeMs };
  } finally {
    await handle.close();
  }
}
