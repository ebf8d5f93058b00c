/**
 * Names for images copied into a post's `images/` folder: the post's slug and a number
 * (`my-post-1.png`, `my-post-2.png` …), so the folder reads like the posts it belongs to.
 */
import { fileStem } from "../post/fields";
import { slugify } from "../post/slug";
import { IMAGE_EXTENSIONS, type ImageKind } from "./image-kind";

/** The folder, beside the post, that pasted and dropped images go into. */
export const IMAGES_FOLDER = "images";

/** The alt text placeholder inserted with an image, selected so the writer types over it. */
export const ALT_TEXT_PLACEHOLDER = "Describe the image";

/** The slug images of post `postId` are named after: its front matter `slug` when it has one, else its file name. */
export function imageSlug(postId: string, frontMatterSlug: string | null): string {
  return slugify(frontMatterSlug ?? fileStem(postId));
}

/** The `n`th candidate file name (1-based) for an image of `kind` in a post with slug `slug`. */
export function imageFileName(slug: string, n: number, kind: ImageKind): string {
  return `${slug}-${n}.${IMAGE_EXTENSIONS[kind]}`;
}

/** The Markdown for an image at `src` (relative to the post), with the alt text placeholder. */
export function imageMarkdown(src: string): string {
  return `![${ALT_TEXT_PLACEHOLDER}](${src})`;
}
