/**
 * What kind of image some bytes are, by their magic number rather than a file name or a MIME type
 * (both say whatever the sender likes). Only raster formats every browser shows are accepted: an
 * SVG is a document that can carry script, so pasted or dropped SVGs are refused (see saveImage).
 */

/** The image formats Clearpost copies into a posts folder. */
export type ImageKind = "png" | "jpeg" | "gif" | "webp";

/** The largest image Clearpost copies into a posts folder: a blog image is a few megabytes at most. */
export const MAX_IMAGE_BYTES = 20 * 1024 * 1024;

/** Why a file over the limit is refused; `label` names it (`"photo.png"`). */
export function imageTooLargeMessage(label: string): string {
  return `${label} is larger than ${MAX_IMAGE_BYTES / 1024 / 1024} MB; Clearpost copies images up to that size. Make it smaller first.`;
}

/** The file extension each kind is saved with. */
export const IMAGE_EXTENSIONS: Readonly<Record<ImageKind, string>> = { png: "png", jpeg: "jpg", gif: "gif", webp: "webp" };

const startsWith = (bytes: Uint8Array, prefix: readonly number[], at = 0): boolean =>
  bytes.length >= at + prefix.length && prefix.every((byte, i) => bytes[at + i] === byte);

const ascii = (text: string): number[] => [...text].map((character) => character.charCodeAt(0));

/** The kind of image `bytes` hold, or null when they are not a PNG, JPEG, GIF or WebP. */
export function sniffImageKind(bytes: Uint8Array): ImageKind | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "png";
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "jpeg";
  if (startsWith(bytes, ascii("GIF87a")) || startsWith(bytes, ascii("GIF89a"))) return "gif";
  if (startsWith(bytes, ascii("RIFF")) && startsWith(bytes, ascii("WEBP"), 8)) return "webp";
  return null;
}

/** True when `bytes` look like an SVG document (text starting, after a BOM or blanks, with `<?xml` or `<svg`), for a clearer refusal. */
export function looksLikeSvg(bytes: Uint8Array, declaredType: string): boolean {
  if (declaredType.toLowerCase().startsWith("image/svg")) return true;
  const head = String.fromCharCode(...bytes.subarray(0, 256)).replace(/^\uFEFF|^\xEF\xBB\xBF/, "").trimStart().toLowerCase();
  return head.startsWith("<svg") || (head.startsWith("<?xml") && head.includes("<svg"));
}
