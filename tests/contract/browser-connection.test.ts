import { afterEach, describe, expect, it, vi } from "vitest";
import { browserConnection } from "../../src/renderer/src/api/browser-connection";

/** A browser tab at `address`, with the parts of `window` browserConnection uses. */
function openTab(address: string, stored: Record<string, string> = {}) {
  const tab = {
    location: { href: address },
    history: { state: null, replaceState: vi.fn((_state: unknown, _title: string, url: string) => (tab.location.href = new URL(url, tab.location.href).href)) },
    sessionStorage: { getItem: (key: string) => stored[key] ?? null, setItem: (key: string, value: string) => (stored[key] = value) },
  };
  vi.stubGlobal("window", tab);
  return tab;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("the browser-mode connection", () => {
  it("takes the token from the address and removes it from what the writer sees", () => {
    const tab = openTab("http://127.0.0.1:4173/?token=abc-123_XYZ#top");
    expect(browserConnection()).toEqual({ baseUrl: "http://127.0.0.1:4173", token: "abc-123_XYZ" });
    expect(tab.location.href).toBe("http://127.0.0.1:4173/#top");
  });

  it("keeps the token across a reload of the same tab", () => {
    const stored: Record<string, string> = {};
    openTab("http://127.0.0.1:4173/?token=abc", stored);
    browserConnection();
    const reloaded = openTab("http://127.0.0.1:4173/", stored);
    expect(browserConnection()).toEqual({ baseUrl: "http://127.0.0.1:4173", token: "abc" });
    expect(reloaded.history.replaceState).not.toHaveBeenCalled();
  });

  it("keeps other query parameters", () => {
    const tab = openTab("http://localhost:4173/?post=a.md&token=abc");
    browserConnection();
    expect(tab.location.href).toBe("http://localhost:4173/?post=a.md");
  });

  it("gives an empty token when the page was opened without one, so the server's refusal explains", () => {
    openTab("http://127.0.0.1:4173/");
    expect(browserConnection().token).toBe("");
  });
});
