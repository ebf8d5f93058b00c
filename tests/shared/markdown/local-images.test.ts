import { describe, expect, it } from "vitest";
import { decodeAssetPath, electronAssetUrl, encodeAssetPath, httpAssetUrl } from "../../../src/shared/api/assets";
import { localImagePath } from "../../../src/shared/markdown/local-images";

describe("a post's local image paths", () => {
  it("are read from the post's own folder", () => {
    expect(localImagePath("2024/trip.md", "photos/beach.jpg")).toBe("2024/photos/beach.jpg");
    expect(localImagePath("trip.md", "./beach.jpg")).toBe("beach.jpg");
    expect(localImagePath("2024/05/trip.md", "../cover.png")).toBe("2024/cover.png");
  });

  it("find folders with spaces, #, ?, % and non-ASCII names, however the writer spelled them", () => {
    // markdown-it normalizes `<my photos/cat 1.png>` to `my%20photos/cat%201.png`.
    expect(localImagePath("post.md", "my%20photos/cat%201.png")).toBe("my photos/cat 1.png");
    expect(localImagePath("post.md", "C#%20notes/diagram.png")).toBe("C# notes/diagram.png");
    expect(localImagePath("post.md", "C%23%20notes/diagram.png")).toBe("C# notes/diagram.png");
    expect(localImagePath("post.md", "why?/q.png")).toBe("why?/q.png");
    expect(localImagePath("post.md", "100%25%20done/chart.png")).toBe("100% done/chart.png");
    expect(localImagePath("post.md", "50%/off.png")).toBe("50%/off.png");
    expect(localImagePath("post.md", "caf%C3%A9/cr%C3%A8me.jpg")).toBe("café/crème.jpg");
    expect(localImagePath("post.md", "café/crème.jpg")).toBe("café/crème.jpg");
  });

  it("are not web addresses, data URIs, site-root paths or anchors", () => {
    for (const src of ["https://example.com/a.png", "data:image/png;base64,AAAA", "//cdn.example.com/a.png", "/images/a.png", "#top", "file:///etc/passwd", "C:/x.png", ""]) {
      expect(localImagePath("post.md", src)).toBeNull();
    }
  });

  it("never climb out of the posts folder, nor smuggle a separator in an escape", () => {
    expect(localImagePath("post.md", "../secret.png")).toBeNull();
    expect(localImagePath("a/post.md", "../../secret.png")).toBeNull();
    expect(localImagePath("post.md", "..%2Fsecret.png")).toBeNull();
    expect(localImagePath("post.md", "a%5Cb.png")).toBeNull();
    expect(localImagePath("post.md", "a%00.png")).toBeNull();
  });
});

describe("asset URLs", () => {
  const path = "C# notes/100% done?/café 1.png";

  it("encode each folder name, and decode back to the same path", () => {
    expect(encodeAssetPath(path)).toBe("C%23%20notes/100%25%20done%3F/caf%C3%A9%201.png");
    expect(decodeAssetPath(encodeAssetPath(path))).toBe(path);
  });

  it("refuse encoded separators and broken escapes", () => {
    expect(decodeAssetPath("a%2F..%2Fb.png")).toBeNull();
    expect(decodeAssetPath("a%5Cb.png")).toBeNull();
    expect(decodeAssetPath("%E0%A4%A.png")).toBeNull();
  });

  it("point at Electron's scheme or browser mode's token-guarded route", () => {
    expect(electronAssetUrl(path)).toBe("clearpost-asset://posts/C%23%20notes/100%25%20done%3F/caf%C3%A9%201.png");
    expect(httpAssetUrl("http://127.0.0.1:4000/", "t/k+n")("a b.png")).toBe("http://127.0.0.1:4000/asset/a%20b.png?token=t%2Fk%2Bn");
    // The browser parses these URLs back into the same path: `#` and `?` never start a fragment or a query.
    const url = new URL(httpAssetUrl("http://127.0.0.1:4000", "t")(path));
    expect(decodeAssetPath(url.pathname.slice("/asset/".length))).toBe(path);
  });
});
