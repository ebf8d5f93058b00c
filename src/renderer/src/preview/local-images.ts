/**
 * Points the preview's images at where this window can load them: a post's relative image paths
 * (`photos/my cat.jpg`, from the post's folder) become the transport's asset URL; web images and
 * data URIs stay as they are. Done on the sanitized nodes, so raw `<img>` in a `<figure>` gets
 * the same treatment as Markdown's `![]()`.
 */

/** The URL to load an image `src` from, or null to leave it as written. */
export type ImageUrlOf = (src: string) => string | null;

/** Rewrites the `src` of every image in `root` that `imageUrl` knows a URL for. */
export function pointImagesAt(root: DocumentFragment | Element, imageUrl: ImageUrlOf): void {
  for (const image of root.querySelectorAll("img[src]")) {
    const url = imageUrl(image.getAttribute("src") ?? "");
    if (url !== null) image.setAttribute("src", url);
  }
}
