/**
 * Copies a pasted or dropped image into the `images/` folder beside its post, named after the
 * post (`my-post-1.png`, `my-post-2.png` …). Each name is claimed with an exclusive create, so two
 * saves at once get two names and an existing file is never replaced.
 */
import { mkdir, open, realpath, rm } from "node:fs/promises";
import path from "node:path";
import type { SaveImageRequest, SavedImage } from "../../shared/api/contract";
import { ApiError } from "../../shared/api/errors";
import { MAX_IMAGE_BYTES, imageTooLargeMessage, looksLikeSvg, sniffImageKind } from "../../shared/images/image-kind";
import { IMAGES_FOLDER, imageFileName, imageSlug } from "../../shared/images/image-names";
import { textField } from "../../shared/post/fields";
import { splitPost } from "../../shared/post/front-matter";
import { asFileAction, errnoCode } from "../library/file-errors";
import { readPostFile } from "../library/post-file";
import { isInsideFolder, resolvePostPath } from "../library/post-paths";

/** Names tried before giving up: a post with ten thousand images has something else going on. */
const MAX_TRIES = 10_000;

/** The image's bytes, checked: not too large, and a PNG, JPEG, GIF or WebP by content. */
function checkedImage({ name, type, base64 }: SaveImageRequest): { bytes: Buffer; kind: NonNullable<ReturnType<typeof sniffImageKind>> } {
  const label = name.trim() === "" ? "That file" : `"${name}"`;
  const tooLarge = () => new ApiError("invalid-argument", imageTooLargeMessage(label));
  // Base64 is 4 characters per 3 bytes: refuse before decoding a huge string.
  if (Math.floor((base64.length * 3) / 4) > MAX_IMAGE_BYTES + 2) throw tooLarge();
  const bytes = Buffer.from(base64, "base64");
  if (bytes.length > MAX_IMAGE_BYTES) throw tooLarge();
  const kind = sniffImageKind(bytes);
  if (kind !== null) return { bytes, kind };
  if (looksLikeSvg(bytes, type)) {
    throw new ApiError("invalid-argument", `${label} is an SVG, which can carry scripts, so Clearpost does not copy it in. Save it as PNG, or copy it into the posts folder yourself if you trust it.`);
  }
  throw new ApiError("invalid-argument", `${label} is not a PNG, JPEG, GIF or WebP image, so Clearpost did not add it.`);
}

/** The `images/` folder beside the post at `postPath`, created when missing, refused when it leads out of the posts folder. */
async function imagesFolderOf(folder: string, postPath: string): Promise<string> {
  const images = path.join(path.dirname(postPath), IMAGES_FOLDER);
  await mkdir(images, { recursive: true });
  const [realFolder, realImages] = await Promise.all([realpath(folder), realpath(images)]);
  if (!isInsideFolder(realFolder, realImages)) {
    throw new ApiError("forbidden", `The "${IMAGES_FOLDER}" folder beside this post leads outside the posts folder, so Clearpost will not put images there.`);
  }
  return images;
}

/** Writes `bytes` under the first free name that `nameOf(n)` gives in `images`; returns that name. */
async function writeUnderFreeName(images: string, nameOf: (n: number) => string, bytes: Buffer): Promise<string> {
  for (let n = 1; n <= MAX_TRIES; n++) {
    const name = nameOf(n);
    let handle;
    try {
      handle = await open(path.join(images, name), "wx");
    } catch (error) {
      if (errnoCode(error) === "EEXIST") continue;
      throw error;
    }
    try {
      await handle.writeFile(bytes);
      await handle.close();
    } catch (error) {
      // A half-written image (a full disk) would be shown broken; the name is free again.
      await handle.close().catch(() => undefined);
      await rm(path.join(images, name), { force: true });
      throw error;
    }
    return name;
  }
  throw new ApiError("already-exists", `Every name Clearpost tried in "${IMAGES_FOLDER}" is taken. Tidy that folder and try again.`);
}

/** Saves the image of `request` beside post `request.postId` in `folder`; returns its path relative to the post. */
export async function savePostImage(folder: string, request: SaveImageRequest): Promise<SavedImage> {
  const { bytes, kind } = checkedImage(request);
  const { postId } = request;
  return asFileAction("save", postId, async () => {
    const postPath = await resolvePostPath(folder, postId);
    const post = await readPostFile(postPath);
    const slug = imageSlug(postId, textField(splitPost(post.text).frontMatter?.data.slug));
    const images = await imagesFolderOf(folder, postPath);
    const name = await writeUnderFreeName(images, (n) => imageFileName(slug, n, kind), bytes);
    return { src: `${IMAGES_FOLDER}/${name}` };
  });
}
