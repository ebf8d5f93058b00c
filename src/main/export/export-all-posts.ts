/**
 * "Export all": every post of the folder that is not a draft, as pages in the same layout of
 * folders, plus an `index.html` that lists them newest first, ready to upload as a site. Every
 * file it would replace is checked before anything is written, so a refusal leaves no half site.
 */
import { mkdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { ApiError } from "../../shared/api/errors";
import { buildExportIndex, type ExportIndexEntry, readExportMetadata, relativeHref } from "../../shared/export";
import { splitPost } from "../../shared/post/front-matter";
import { comparePostsNewestFirst, summarizePost } from "../../shared/post/summary";
import type { PostSummary } from "../../shared/model/post";
import { writeFileAtomic } from "../library";
import { findPostFiles } from "../library/find-posts";
import { type ExportImages, freeName } from "./export-images";
import { exportPostToFile, isReplaceable } from "./export-post-file";
import type { ExportTheme } from "../../shared/model/settings";
import { exportThemeCss } from "./export-theme";

/** Where and how to export the folder. */
export interface ExportAllRequest {
  /** The posts folder. */
  readonly folder: string;
  /** The folder to write the site into (absolute); created when missing. */
  readonly destination: string;
  readonly images: ExportImages;
  /** The pages' colours; "auto" when absent. */
  readonly theme?: ExportTheme;
  /** "exports-only": refuse when a file to write exists and is not an earlier export. */
  readonly overwrite: "exports-only" | "always";
}

/** What an "Export all" wrote. */
export interface ExportAllResult {
  /** The index page (absolute). */
  readonly index: string;
  /** The pages written, newest post first. */
  readonly pages: readonly { readonly id: string; readonly path: string; readonly missingImages: readonly string[] }[];
  /** The drafts left out. */
  readonly drafts: readonly string[];
}

const INDEX_NAME = "index.html";

interface PublishedPost {
  readonly summary: PostSummary;
  readonly entry: Omit<ExportIndexEntry, "href">;
  /** The page's path in the destination, `/`-separated. */
  readonly page: string;
}

/** The folder's posts that are not drafts, newest first, each with the page it becomes; and the drafts. */
async function publishedPosts(folder: string): Promise<{ posts: PublishedPost[]; drafts: string[] }> {
  const posts: Omit<PublishedPost, "page">[] = [];
  const drafts: string[] = [];
  for (const file of await findPostFiles(folder)) {
    const id = path.relative(folder, file).split(path.sep).join("/");
    const [text, info] = await Promise.all([readFile(file, "utf8"), stat(file)]);
    const summary = summarizePost(id, text, info.mtimeMs);
    if (summary.draft) {
      drafts.push(id);
      continue;
    }
    const { frontMatter, body } = splitPost(text);
    const { title, datePublished, description, lang } = readExportMetadata(frontMatter, body, id);
    posts.push({ summary, entry: { title, date: datePublished, description, lang } });
  }
  posts.sort((a, b) => comparePostsNewestFirst(a.summary, b.summary) || a.summary.id.localeCompare(b.summary.id));
  // The index owns its name; `index.md` and `post.md` beside `post.markdown` get `-2` pages.
  const used = new Set([INDEX_NAME]);
  const named = posts.map((post) => ({ ...post, page: freeName(`${post.summary.id.replace(/\.[^./]+$/, "")}.html`, used) }));
  return { posts: named, drafts: drafts.sort() };
}

/** The one language all posts share, else English. */
function commonLanguage(posts: readonly PublishedPost[]): string {
  const languages = new Set(posts.map((post) => post.entry.lang));
  const [only] = languages;
  return languages.size === 1 && only ? only : "en";
}

/** Writes the site; throws ApiError "already-exists" (writing nothing) when it would replace a file Clearpost did not write. */
export async function exportAllPosts(request: ExportAllRequest): Promise<ExportAllResult> {
  const destination = path.resolve(request.destination);
  const { posts, drafts } = await publishedPosts(request.folder);
  const fileOf = (page: string) => path.join(destination, ...page.split("/"));
  const index = path.join(destination, INDEX_NAME);
  if (request.overwrite === "exports-only") {
    const targets = [index, ...posts.map((post) => fileOf(post.page))];
    const refused = [];
    for (const target of targets) if (!(await isReplaceable(target))) refused.push(path.relative(destination, target));
    if (refused.length > 0) {
      throw new ApiError("already-exists", `${refused.join(", ")} already exist${refused.length === 1 ? "s" : ""} in ${destination} and ${refused.length === 1 ? "was" : "were"} not written by Clearpost; nothing was exported.`);
    }
  }
  const pages = [];
  for (const post of posts) {
    const written = await exportPostToFile({
      folder: request.folder,
      id: post.summary.id,
      destination: fileOf(post.page),
      images: request.images,
      theme: request.theme,
      fragment: false,
      overwrite: request.overwrite,
    });
    pages.push({ id: post.summary.id, path: written.path, missingImages: written.missing });
  }
  await mkdir(destination, { recursive: true });
  const entries = posts.map((post) => ({ ...post.entry, href: relativeHref(post.page) }));
  await writeFileAtomic(index, buildExportIndex({ title: path.basename(path.resolve(request.folder)), lang: commonLanguage(posts), entries, css: exportThemeCss(request.theme) }));
  return { index, pages, drafts };
}
