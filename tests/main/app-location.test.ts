import { describe, expect, it } from "vitest";
import { isSameAppLocation } from "../../src/main/electron/app-location";

describe("telling the app's own pages from others", () => {
  const isApp = isSameAppLocation("clearpost-app://app/index.html");

  it.each(["clearpost-app://app/index.html", "clearpost-app://app/", "clearpost-app://app/assets/index.js?x=1#top"])("accepts our page %s", (url) => {
    expect(isApp(url)).toBe(true);
  });

  it.each([
    "data:text/html,<script>alert(1)</script>",
    "about:blank",
    "javascript:alert(1)",
    "file:///etc/passwd",
    "https://app/",
    "clearpost-app://evil/index.html",
    "clearpost-asset://app/index.html",
    "blob:clearpost-app://app/1234",
    "not a url",
  ])("refuses %s, even where URL.origin would be the opaque 'null' as ours is", (url) => {
    expect(isApp(url)).toBe(false);
  });

  it("follows the dev server's address while developing", () => {
    const isDev = isSameAppLocation("http://localhost:5173/");
    expect(isDev("http://localhost:5173/src/main.tsx")).toBe(true);
    expect(isDev("http://localhost:5174/")).toBe(false);
    expect(isDev("http://127.0.0.1:5173/")).toBe(false);
  });
});
