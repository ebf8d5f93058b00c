/**
 * What the export does with a post's local images: inline each one as a data URI (the default:
 * one file that opens anywhere), or copy it into `<page>_files/` beside the page with a relative
 * link percent-encoded segment by segment, so names with spaces, `#`, `?`, `%` or `:` survive. Only
 * images the preview could show are touched: inside the posts folder, found by post-assets.ts.
 */
import { copyFile, mkdir, readFile } from "node:fs/promises";
import path from "node:path";
import { relativeHref } from "../../shared/export";
import { isRelativeImageSource, localImagePath } from "../../shared/markdown/local-images";
import { findPostAsset } from "../server/post-assets";

/** How the export stores images. */
export type ExportImages = "inline" | "folder";

/** What happened to a post's images. */
export interface ExportedImages {
  /** Image sources that name no image inside the posts folder: left as written (they will not show). */
  readonly missing: string[];
  /** Files copied, as paths relative to the page's folder. */
  readonly copied: string[];
}

/** Where `folder` mode copies images: `<page name>_files`, next to the page. */
export function imagesFolderName(pageFile: string): string {
  return `${path.basename(pageFile, path.extname(pageFile))}_files`;
}

/** A name (or `/`-separated path) not in `used` yet, ignoring case: `cat.png`, `cat-2.png` …; it is added to `used`. */
export function freeName(name: string, used: Set<string>): string {
  const extension = path.extname(name);
  const stem = name.slice(0, name.length - extension.length);
  let candidate = name;
  for (let n = 2; used.has(candidate.toLowerCase()); n++) candidate = `${stem}-${n}${extension}`;
  used.add(candidate.toLowerCase());
  return candidate;
}

/** Rewrites the `src` of every local image under `root` for the export; returns what it did. */
export async function exportImages(
  root: ParentNode,
  options: { readonly folder: string; readonly id: string; readonly mode: ExportImages; readonly pageFile: string | null },
): Promise<ExportedImages> {
  const result: ExportedImages = { missing: [], copied: [] };
  const byPath = new Map<string, string>();
  const usedNames = new Set<string>();
  for (const image of root.querySelectorAll("img[src]")) {
    const src = image.getAttribute("src") ?? "";
    const relative = localImagePath(options.id, src);
    if (relative === null) {
      // A relative path that climbs out of the posts folder: it will not show, say so.
      if (isRelativeImageSource(src)) result.missing.push(src);
      continue;
    }
    let url = byPath.get(relative);
    if (url === undefined) {
      const asset = await findPostAsset(options.folder, relative);
      if (asset === null) {
        result.missing.push(src);
        continue;
      }
      if (options.mode === "inline" || options.pageFile === null) {
        url = `data:${asset.contentType};base64,${(await readFile(asset.absolutePath)).toString("base64")}`;
      } else {
        const filesFolder = imagesFolderName(options.pageFile);
        const name = freeName(path.basename(relative), usedNames);
        await mkdir(path.join(path.dirname(options.pageFile), filesFolder), { recursive: true });
        await copyFile(asset.absolutePath, path.join(path.dirname(options.pageFile), filesFolder, name));
        result.copied.push(`${filesFolder}/${name}`);
        url = relativeHref(`${filesFolder}/${name}`);
      }
      byPath.set(relative, url);
    }
    image.setAttribute("src", url);
  }
  return result;
}
