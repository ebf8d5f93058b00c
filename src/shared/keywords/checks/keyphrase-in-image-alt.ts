/** Does an image's alt text name the keyphrase, for image search and for readers who cannot see the image? */
import { plainTextContains, type Keyphrase } from "../keyphrase";
import type { KeywordCheck } from "../keyword-check";
import type { PostOutline } from "../post-outline";
import { percent } from "../../readability/structure/structure-check";

/** From this many images on, the share that names the keyphrase is checked (Yoast's rule). */
export const MANY_IMAGES = 5;
/** Bounds on that share: fewer looks unrelated, more reads as stuffing. */
export const ALT_SHARE = { min: 0.3, max: 0.7 } as const;

/**
 * Good when an image's alt text names the keyphrase (with five images or more, 30 %–70 % of them);
 * ok with no images or outside the share; bad when images exist and none names it.
 */
export function checkKeyphraseInImageAlt(keyphrase: Keyphrase, outline: PostOutline): KeywordCheck {
  const id = "keyphrase-in-image-alt";
  const images = outline.images;
  if (images.length === 0) return { id, status: "ok", message: "The post has no images. Add one with alt text that names the keyphrase." };
  const naming = images.filter((image) => plainTextContains(image.alt, keyphrase));
  const ranges = naming.map(({ from, to }) => ({ from, to }));
  if (naming.length === 0) return { id, status: "bad", message: "No image's alt text names the keyphrase.", ranges: images.map(({ from, to }) => ({ from, to })) };
  if (images.length < MANY_IMAGES) return { id, status: "good", message: "An image's alt text names the keyphrase.", ranges };
  const share = naming.length / images.length;
  const counted = `${naming.length} of ${images.length} images (${percent(share)}) name the keyphrase in their alt text`;
  if (share < ALT_SHARE.min) return { id, status: "ok", message: `${counted}: aim for ${percent(ALT_SHARE.min)} to ${percent(ALT_SHARE.max)}.`, ranges };
  if (share > ALT_SHARE.max) return { id, status: "ok", message: `${counted}: more than ${percent(ALT_SHARE.max)} reads as stuffing.`, ranges };
  return { id, status: "good", message: `${counted}.`, ranges };
}
