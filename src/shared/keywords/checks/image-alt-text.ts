/** Does every image have alt text, for readers who cannot see it and for image search? */
import type { KeywordCheck } from "../keyword-check";
import type { PostOutline } from "../post-outline";

/** Good when every image has alt text, ok with no images, bad when some lack it (the ranges are those). */
export function checkImageAltText(outline: PostOutline): KeywordCheck {
  const id = "image-alt-text";
  if (outline.images.length === 0) return { id, status: "ok", message: "The post has no images. An image with alt text helps readers and image search." };
  const missing = outline.images.filter((image) => image.alt.trim() === "");
  if (missing.length === 0) return { id, status: "good", message: "Every image has alt text." };
  const ranges = missing.map(({ from, to }) => ({ from, to }));
  return { id, status: "bad", message: `${missing.length} of ${outline.images.length} images have no alt text. Describe each image in its \`![alt]\`.`, ranges };
}
