import { describe, expect, it } from "vitest";
import { looksLikeSvg, sniffImageKind } from "../../../src/shared/images/image-kind";
import { imageFileName, imageMarkdown, imageSlug } from "../../../src/shared/images/image-names";

const bytes = (...values: (number | string)[]) =>
  new Uint8Array(values.flatMap((value) => (typeof value === "string" ? [...value].map((c) => c.charCodeAt(0)) : [value])));

describe("image names", () => {
  it("names images after the post's front matter slug when it has one", () => {
    expect(imageSlug("2024/trip.md", "Summer in Lisbon")).toBe("summer-in-lisbon");
  });

  it("names images after the post's file name otherwise, without folders or extension", () => {
    expect(imageSlug("2024/My Trip.markdown", null)).toBe("my-trip");
  });

  it("turns odd characters into a plain slug, and never an empty one", () => {
    expect(imageSlug("café — ünïcödé!?.md", null)).toBe("cafe-unicode");
    expect(imageSlug("日本語.md", null)).toBe("untitled");
    expect(imageSlug("x.md", "../../etc/passwd")).toBe("etc-passwd");
  });

  it("keeps very long slugs short enough for every disk", () => {
    const name = imageFileName(imageSlug(`${"word-".repeat(200)}end.md`, null), 10_000, "jpeg");
    expect(name.length).toBeLessThan(100);
    expect(name).toMatch(/^word(-word)*-10000\.jpg$/);
  });

  it("numbers candidates from 1 with the extension of the image's kind", () => {
    expect(imageFileName("my-post", 1, "png")).toBe("my-post-1.png");
    expect(imageFileName("my-post", 2, "jpeg")).toBe("my-post-2.jpg");
    expect(imageFileName("my-post", 3, "webp")).toBe("my-post-3.webp");
  });

  it("writes the Markdown with an alt text placeholder", () => {
    expect(imageMarkdown("images/my-post-1.png")).toBe("![Describe the image](images/my-post-1.png)");
  });
});

describe("image kinds", () => {
  it("tells PNG, JPEG, GIF and WebP by their first bytes", () => {
    expect(sniffImageKind(bytes(0x89, "PNG\r\n", 0x1a, "\n", 0))).toBe("png");
    expect(sniffImageKind(bytes(0xff, 0xd8, 0xff, 0xe0))).toBe("jpeg");
    expect(sniffImageKind(bytes("GIF89a", 1))).toBe("gif");
    expect(sniffImageKind(bytes("RIFF", 0, 0, 0, 0, "WEBPVP8 "))).toBe("webp");
  });

  it("refuses anything else, whatever its name says", () => {
    expect(sniffImageKind(bytes("RIFF", 0, 0, 0, 0, "WAVEfmt "))).toBeNull();
    expect(sniffImageKind(bytes("<html>"))).toBeNull();
    expect(sniffImageKind(bytes(0x89, "PN"))).toBeNull();
    expect(sniffImageKind(new Uint8Array())).toBeNull();
  });

  it("recognises an SVG by its content or declared type, for a clear refusal", () => {
    expect(looksLikeSvg(bytes(0xef, 0xbb, 0xbf, "  <svg xmlns='http://www.w3.org/2000/svg'>"), "")).toBe(true);
    expect(looksLikeSvg(bytes('<?xml version="1.0"?>\n<svg>'), "")).toBe(true);
    expect(looksLikeSvg(bytes("plain text"), "image/svg+xml")).toBe(true);
    expect(looksLikeSvg(bytes("<?xml version='1.0'?><note/>"), "text/xml")).toBe(false);
  });
});
