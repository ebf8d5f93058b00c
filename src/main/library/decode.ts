/**
 * Decides whether a post's bytes can be edited and saved back without losing anything, and
 * decodes them for display either way. Only UTF-8 text under a size limit is editable.
 */
import type { PostDocument } from "../../shared/model/post";

/** Why a post is read-only, in a writer's words. */
export type ReadOnlyState = NonNullable<PostDocument["readOnly"]>;

/** Posts above this size open read-only: the editor stays responsive and nothing huge is rewritten. */
export const MAX_EDITABLE_BYTES = 20 * 1024 * 1024;

/** A post's text for display and, when it must not be saved, why. */
export interface DecodedPost {
  readonly text: string;
  readonly readOnly: ReadOnlyState | null;
}

// ignoreBOM keeps a UTF-8 byte order mark in the text, so saving writes the same bytes back.
const strictUtf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
const lossyUtf8 = new TextDecoder("utf-8", { ignoreBOM: true });

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1);
}

/** The UTF-16 flavour announced by a byte order mark, or null. */
function utf16Encoding(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return null;
}

/**
 * Decodes a post's bytes. `fileSize` is the size on disk when `bytes` holds only the start of
 * a file too large to edit.
 */
export function decodePostBytes(bytes: Uint8Array, fileSize: number = bytes.length): DecodedPost {
  if (fileSize > MAX_EDITABLE_BYTES) {
    const shown = bytes.length < fileSize ? `, showing its first ${megabytes(bytes.length)} MB` : "";
    return {
      text: lossyUtf8.decode(bytes),
      readOnly: {
        reason: "too-large",
        message: `This post is ${megabytes(fileSize)} MB, more than the ${megabytes(MAX_EDITABLE_BYTES)} MB Clearpost can edit. It opens read-only${shown}; split it into smaller posts to edit it here.`,
      },
    };
  }
  const utf16 = utf16Encoding(bytes);
  if (utf16 !== null) {
    return {
      text: new TextDecoder(utf16).decode(bytes),
      readOnly: {
        reason: "not-utf8",
        message: "This post is saved as UTF-16 text, not UTF-8. It opens read-only so saving cannot change its encoding; convert it to UTF-8 in another editor to edit it here.",
      },
    };
  }
  if (bytes.includes(0)) {
    return {
      text: lossyUtf8.decode(bytes),
      readOnly: {
        reason: "binary",
        message: "This file contains binary data, so it is probably not a text post. It opens read-only so saving cannot damage it.",
      },
    };
  }
  try {
    return { text: strictUtf8.decode(bytes), readOnly: null };
  } catch {
    return {
      text: lossyUtf8.decode(bytes),
      readOnly: {
        reason: "not-utf8",
        message: "This post is not saved as UTF-8 text (perhaps Latin-1 or Windows-1252), so some characters show as �. It opens read-only so saving cannot damage it; convert it to UTF-8 in another editor to edit it here.",
      },
    };
  }
}
