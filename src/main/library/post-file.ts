/** Reads one post file from disk: its text for the editor, its version, and whether it may be saved. */
import { type Stats, closeSync, fstatSync, openSync, readFileSync, readSync } from "node:fs";
import path from "node:path";
import { ApiError } from "../../shared/api/errors";
import type { PostVersion } from "../../shared/model/post";
import { versionOfBytes, versionOfFile } from "./content-version";
import { type DecodedPost, MAX_EDITABLE_BYTES, decodePostBytes } from "./decode";

/** A post file as read from disk. */
export interface PostFile extends DecodedPost {
  readonly version: PostVersion;
  readonly modifiedMs: number;
}

/** A post file's decoded text and the file's stats when it was read. */
export interface PostText extends DecodedPost {
  readonly stats: Stats;
}

/** The first MAX_EDITABLE_BYTES of the open file `fd`. */
function readHead(fd: number): Uint8Array {
  const head = new Uint8Array(MAX_EDITABLE_BYTES);
  return head.subarray(0, readSync(fd, head, 0, MAX_EDITABLE_BYTES, 0));
}

/**
 * The bytes of the post at `absolutePath`, read synchronously: posts are small, and one blocking
 * read costs a tenth of an async open, stat, read and close (a thread-pool round trip each).
 * A file too large to edit is read only as far as the limit.
 */
function readPostBytes(absolutePath: string): { readonly bytes: Uint8Array; readonly stats: Stats } {
  const fd = openSync(absolutePath, "r");
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw new ApiError("invalid-argument", `"${path.basename(absolutePath)}" is a folder, not a post.`);
    return { bytes: stats.size > MAX_EDITABLE_BYTES ? readHead(fd) : readFileSync(fd), stats };
  } finally {
    closeSync(fd);
  }
}

/** Reads and decodes the post at `absolutePath`, without the version the posts list never needs. */
export function readPostText(absolutePath: string): PostText {
  const { bytes, stats } = readPostBytes(absolutePath);
  return { ...decodePostBytes(bytes, stats.size), stats };
}

/** Reads the post at `absolutePath`; a file too large to edit is read only as far as the limit, and its version streamed. */
export async function readPostFile(absolutePath: string): Promise<PostFile> {
  const { bytes, stats } = readPostBytes(absolutePath);
  const version = stats.size > MAX_EDITABLE_BYTES ? await versionOfFile(absolutePath) : versionOfBytes(bytes);
  return { ...decodePostBytes(bytes, stats.size), version, modifiedMs: stats.mtimeMs };
}
