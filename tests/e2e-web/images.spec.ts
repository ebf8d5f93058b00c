/**
 * A writer pastes and drops screenshots into a post: each is copied into `images/` beside the post
 * under the post's name and a number, its Markdown lands where it was put with the alt text
 * selected, and the preview shows it. Files that are not images are refused with a reason.
 */
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { expect, type Locator, type Page, test } from "@playwright/test";
import { gradientPng } from "../support/sample-png";
import { type ServedPosts, servePosts } from "../support/serve-posts";
import { editor, openPost, posts } from "../support/writer-page";

const SCREENSHOTS = process.env.CLEARPOST_SCREENSHOTS ?? "/tmp";
const PICTURE = gradientPng(320, 180, [40, 120, 220], [240, 200, 60]);
const preview = (page: Page) => page.getByRole("region", { name: "Preview" });

let served: ServedPosts;

test.beforeEach(async () => {
  served = await servePosts();
  await writeFile(join(served.folder, "harbour-walk.md"), "---\ntitle: A walk round the harbour\n---\nThe boats came in at dawn.\n");
});

test.afterEach(async () => {
  await served.stop();
});

/** Sends the editor a paste (or a drop at its first line) carrying one file, as the system does. */
async function sendFile(target: Locator, kind: "paste" | "drop", file: { name: string; type: string; bytes: Buffer }): Promise<void> {
  await target.evaluate(
    (element, { kind, name, type, bytes }) => {
      const data = new DataTransfer();
      data.items.add(new File([new Uint8Array(bytes)], name, { type }));
      const box = element.getBoundingClientRect();
      const event =
        kind === "paste"
          ? new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true })
          : new DragEvent("drop", { dataTransfer: data, clientX: box.left + 4, clientY: box.top + 4, bubbles: true, cancelable: true });
      element.dispatchEvent(event);
    },
    { kind, name: file.name, type: file.type, bytes: [...file.bytes] },
  );
}

test("a pasted image is copied beside the post, inserted with its alt text selected (over the selection, if any), and shown in the preview", async ({ page }) => {
  await page.goto(served.url);
  await openPost(page, "A walk round the harbour");
  await editor(page).click();
  await page.keyboard.press("ControlOrMeta+End");

  await sendFile(editor(page), "paste", { name: "image.png", type: "image/png", bytes: PICTURE });
  await expect(editor(page)).toContainText("![Describe the image](images/harbour-walk-1.png)");
  // The placeholder is selected: typing replaces it with the alt text.
  await page.keyboard.type("Fishing boats at dawn");
  await expect(editor(page)).toContainText("![Fishing boats at dawn](images/harbour-walk-1.png)");
  expect(await readFile(join(served.folder, "images", "harbour-walk-1.png"))).toEqual(PICTURE);

  const image = preview(page).getByRole("img", { name: "Fishing boats at dawn" });
  await expect(image).toBeVisible();
  await expect.poll(() => image.evaluate((element) => (element as HTMLImageElement).naturalWidth)).toBe(320);

  // Pasted over a selection, the image replaces it, as pasted text would.
  await page.keyboard.press("ControlOrMeta+End");
  await page.keyboard.press("Enter");
  await page.keyboard.type("a line to replace");
  await page.keyboard.press("Shift+Home");
  await sendFile(editor(page), "paste", { name: "image.png", type: "image/png", bytes: PICTURE });
  await expect(editor(page)).toContainText("![Describe the image](images/harbour-walk-2.png)");
  await expect(editor(page)).not.toContainText("a line to replace");
  expect(await readFile(join(served.folder, "images", "harbour-walk-2.png"))).toEqual(PICTURE);
  await page.screenshot({ path: join(SCREENSHOTS, "clearpost-pasted-image.png") });
});

test("a dropped image goes where it was dropped; a file that is not an image, or a post from elsewhere, is refused, saying why", async ({ page }) => {
  await page.goto(served.url);
  await openPost(page, "A walk round the harbour");
  await sendFile(editor(page).locator(".cm-line").first(), "drop", { name: "boat.png", type: "image/png", bytes: PICTURE });
  await expect(editor(page).locator(".cm-line").first()).toContainText("![Describe the image](images/harbour-walk-1.png)");

  await sendFile(editor(page), "paste", { name: "notes.png", type: "image/png", bytes: Buffer.from("not a picture at all") });
  await expect(page.getByRole("alert")).toContainText('"notes.png" is not a PNG, JPEG, GIF or WebP image');
  await sendFile(editor(page), "drop", { name: "logo.svg", type: "image/svg+xml", bytes: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>') });
  await expect(page.getByRole("alert").filter({ hasText: "SVG" })).toContainText("can carry scripts");
  await expect(editor(page)).not.toContainText("harbour-walk-2");

  // A browser never says where a dropped post lives, so it cannot be opened from there.
  await sendFile(editor(page), "drop", { name: "draft.md", type: "text/markdown", bytes: Buffer.from("# Elsewhere\n") });
  await expect(page.getByRole("alert").filter({ hasText: "draft.md" })).toContainText("Clearpost opens posts from its posts folder");

  // Dropped beside the editor, a file would take the tab away from Clearpost: that drop is refused.
  const refused = await posts(page).evaluate((element) => {
    const data = new DataTransfer();
    data.items.add(new File(["x"], "stray.png", { type: "image/png" }));
    const event = new DragEvent("drop", { dataTransfer: data, bubbles: true, cancelable: true });
    element.dispatchEvent(event);
    return event.defaultPrevented;
  });
  expect(refused).toBe(true);
});
