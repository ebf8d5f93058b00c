/**
 * Exports one post from the posts folder to an HTML file: the page (or the body alone), its
 * images inlined or copied beside it. Never overwrites a file that is not an earlier Clearpost
 * export unless told to, and writes atomically, so a failed export leaves the old file whole.
 */
import { mkdir, open, readFile } from "node:fs/promises";
import path from "node:path";
import { ApiError } from "../../shared/api/errors";
import { EXPORT_GENERATOR, exportPostFragment, exportPostHtml } from "../../shared/export";
import { resolvePostPath, writeFileAtomic } from "../library";
import { type ExportImages, type ExportedImages, exportImages } from "./export-images";
import type { ExportTheme } from "../../shared/model/settings";
import { exportThemeCss } from "./export-theme";
import { sanitizePostHtml } from "./sanitize-post-html";

/** What to export and where. */
export interface ExportPostFileRequest {
  /** The posts folder: images are looked up inside it only. */
  readonly folder: string;
  /** The post, as a path inside `folder` with `/` separators. */
  readonly id: string;
  /** The file to write (absolute). */
  readonly destination: string;
  readonly images: ExportImages;
  /** Only the body's HTML, for pasting into a blog engine. */
  readonly fragment: boolean;
  /** The page's colours; "auto" when absent. */
  readonly theme?: ExportTheme;
  /** "exports-only": refuse to replace a file that is not an earlier export; "always": the writer already agreed. */
  readonly overwrite: "exports-only" | "always";
}

/** What an export wrote. */
export interface ExportPostFileResult extends ExportedImages {
  readonly path: string;
}

const GENERATOR_MARK = `<meta name="generator" content="${EXPORT_GENERATOR}">`;
const FRAGMENT_MARK = `<!-- ${EXPORT_GENERATOR} export -->`;

/** True when `file` is missing, or starts like a page or fragment Clearpost wrote. */
export async function isReplaceable(file: string): Promise<boolean> {
  let handle;
  try {
    handle = await open(file, "r");
  } catch {
    return true;
  }
  try {
    const head = Buffer.alloc(4096);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    const text = head.subarray(0, bytesRead).toString("utf8");
    return text.includes(GENERATOR_MARK) || text.startsWith(FRAGMENT_MARK);
  } finally {
    await handle.close();
  }
}

/** The HTML of post `id` for the export, and what happened to its images. */
export async function renderPostExport(request: Omit<ExportPostFileRequest, "overwrite" | "destination"> & { readonly destination: string | null }) {
  const postPath = await resolvePostPath(request.folder, request.id);
  const text = await readFile(postPath, "utf8");
  let images: ExportedImages = { missing: [], copied: [] };
  const sanitize = (html: string) =>
    sanitizePostHtml(html, async (fragment) => {
      images = await exportImages(fragment, { folder: request.folder, id: request.id, mode: request.images, pageFile: request.destination });
    });
  const html = request.fragment
    ? await exportPostFragment(text, { id: request.id, sanitize })
    : await exportPostHtml(text, { id: request.id, css: exportThemeCss(request.theme), sanitize });
  return { html, images };
}

/** Writes the export of `request.id` to `request.destination`. */
export async function exportPostToFile(request: ExportPostFileRequest): Promise<ExportPostFileResult> {
  const destination = path.resolve(request.destination);
  if (request.overwrite === "exports-only" && !(await isReplaceable(destination))) {
    throw new ApiError("already-exists", `${path.basename(destination)} already exists and was not written by Clearpost; it was left as it is.`);
  }
  await mkdir(path.dirname(destination), { recursive: true });
  const { html, images } = await renderPostExport({ ...request, destination });
  // The mark lets a later export recognise the fragment as its own to replace.
  await writeFileAtomic(destination, request.fragment ? `${FRAGMENT_MARK}\n${html}` : html);
  return { path: destination, ...images };
}
