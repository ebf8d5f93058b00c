/** Sends a pasted or dropped image file to the API, checking its size first so a huge file is never read. */
import type { ClearpostApi } from "../../../shared/api/contract";
import { MAX_IMAGE_BYTES, imageTooLargeMessage } from "../../../shared/images/image-kind";
import type { PostId } from "../../../shared/model/post";

/** The file's bytes as base64, read by the browser's own encoder. */
function base64Of(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).slice(String(reader.result).indexOf(",") + 1));
    reader.onerror = () => reject(new Error(`Clearpost could not read "${file.name}": ${reader.error?.message ?? "unknown error"}.`));
    reader.readAsDataURL(file);
  });
}

/** Copies `file` beside post `postId`; resolves with the image's `src` relative to the post. */
export async function saveImageFile(api: ClearpostApi, postId: PostId, file: File): Promise<string> {
  if (file.size > MAX_IMAGE_BYTES) {
    throw new Error(imageTooLargeMessage(`"${file.name}"`));
  }
  const saved = await api.saveImage({ postId, name: file.name, type: file.type, base64: await base64Of(file) });
  return saved.src;
}
