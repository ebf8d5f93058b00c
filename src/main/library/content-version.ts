/** A post's version is a fingerprint of its bytes, so the app can tell its own saves from edits made elsewhere. */
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import type { PostVersion } from "../../shared/model/post";

const VERSION_LENGTH = 16;

/** The version of `bytes`: identical bytes always give the same version. */
export function versionOfBytes(bytes: Uint8Array): PostVersion {
  return createHash("sha256").update(bytes).digest("hex").slice(0, VERSION_LENGTH);
}

/** The version of a file's bytes, streamed so a huge file is never held in memory. */
export async function versionOfFile(path: string): Promise<PostVersion> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest("hex").slice(0, VERSION_LENGTH);
}
