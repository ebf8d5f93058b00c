import { readFile, readdir, symlink } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { savePostImage } from "../../src/main/images/save-post-image";
import { ApiError } from "../../src/shared/api/errors";
import { MAX_IMAGE_BYTES } from "../../src/shared/images/image-kind";
import { TINY_PNG } from "../support/tiny-png";
import { writeFiles } from "./support/library";
import { useTempFolders } from "./support/temp-folder";

const png = { name: "photo.png", type: "image/png", base64: TINY_PNG.toString("base64") };

async function refusal(action: Promise<unknown>): Promise<ApiError> {
  const error: unknown = await action.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

describe("savePostImage", () => {
  const tempFolder = useTempFolders();

  it("copies the image into images/ beside the post, named after the post, with the same bytes", async () => {
    const folder = await tempFolder();
    await writeFiles(folder, { "2024/trip.md": "# Trip\n" });
    expect(await savePostImage(folder, { postId: "2024/trip.md", ...png })).toEqual({ src: "images/trip-1.png" });
    expect(await readFile(path.join(folder, "2024", "images", "trip-1.png"))).toEqual(TINY_PNG);
  });

  it("uses the front matter slug and never replaces an existing file", async () => {
    const folder = await tempFolder();
    await writeFiles(folder, { "trip.md": "---\nslug: Lisbon in June\n---\nText\n", "images/lisbon-in-june-1.png": "the writer's own" });
    expect((await savePostImage(folder, { postId: "trip.md", ...png })).src).toBe("images/lisbon-in-june-2.png");
    expect((await savePostImage(folder, { postId: "trip.md", ...png })).src).toBe("images/lisbon-in-june-3.png");
    expect(await readFile(path.join(folder, "images", "lisbon-in-june-1.png"), "utf8")).toBe("the writer's own");
  });

  it("gives two images saved at once two different names", async () => {
    const folder = await tempFolder();
    await writeFiles(folder, { "trip.md": "Text\n" });
    const saved = await Promise.all([1, 2, 3, 4].map(() => savePostImage(folder, { postId: "trip.md", ...png })));
    expect(saved.map((image) => image.src).sort()).toEqual(["images/trip-1.png", "images/trip-2.png", "images/trip-3.png", "images/trip-4.png"]);
  });

  it("names the file by what the bytes are, not by what the name or type claim", async () => {
    const folder = await tempFolder();
    await writeFiles(folder, { "trip.md": "Text\n" });
    const gif = Buffer.from("GIF89a\x01\x00\x01\x00\x00\x00\x00;", "latin1");
    expect((await savePostImage(folder, { postId: "trip.md", name: "cat.png", type: "image/png", base64: gif.toString("base64") })).src).toBe("images/trip-1.gif");
  });

  it("refuses files that are not images, SVGs and images over 20 MB, saying why, and writes nothing", async () => {
    const folder = await tempFolder();
    await writeFiles(folder, { "trip.md": "Text\n" });
    const notImage = await refusal(savePostImage(folder, { postId: "trip.md", name: "notes.png", type: "image/png", base64: Buffer.from("just text").toString("base64") }));
    expect(notImage.message).toMatch(/"notes.png" is not a PNG, JPEG, GIF or WebP image/);
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    expect((await refusal(savePostImage(folder, { postId: "trip.md", name: "logo.svg", type: "image/svg+xml", base64: svg.toString("base64") }))).message).toMatch(/SVG, which can carry scripts/);
    const huge = Buffer.concat([TINY_PNG, Buffer.alloc(MAX_IMAGE_BYTES)]);
    expect((await refusal(savePostImage(folder, { postId: "trip.md", ...png, base64: huge.toString("base64") }))).message).toMatch(/larger than 20 MB/);
    expect(await readdir(folder)).toEqual(["trip.md"]);
  });

  it("refuses posts outside the folder, missing posts, and an images folder that links out", async () => {
    const folder = await tempFolder();
    const outside = await tempFolder();
    await writeFiles(folder, { "trip.md": "Text\n", "sub/post.md": "Text\n" });
    expect((await refusal(savePostImage(folder, { postId: "../outside.md", ...png }))).code).toBe("forbidden");
    expect((await refusal(savePostImage(folder, { postId: "missing.md", ...png }))).code).toBe("not-found");
    await symlink(outside, path.join(folder, "sub", "images"));
    expect((await refusal(savePostImage(folder, { postId: "sub/post.md", ...png }))).code).toBe("forbidden");
    expect(await readdir(outside)).toEqual([]);
  });
});
