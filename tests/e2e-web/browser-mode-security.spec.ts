/** Browser mode's door: only the page we served, with its token, from our own origin may use the API. */
import { expect, test } from "@playwright/test";
import { type ServedPosts, servePosts } from "../support/serve-posts";
import { openPost } from "../support/writer-page";

let served: ServedPosts;

test.beforeAll(async () => {
  served = await servePosts();
});

test.afterAll(async () => {
  await served.stop();
});

const listPosts = (headers: Record<string, string>) =>
  fetch(`${served.origin}/api/call/listPosts`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: "[]" });

test("the API answers a request that carries the token", async () => {
  const response = await listPosts({ "x-clearpost-token": served.token });
  expect(response.status).toBe(200);
  expect(await response.json()).toMatchObject({ ok: true });
});

test("the API refuses a request without the token", async () => {
  expect((await listPosts({})).status).toBe(401);
  expect((await listPosts({ "x-clearpost-token": "guessed" })).status).toBe(401);
});

test("the API refuses a request from another web page's origin", async () => {
  const response = await listPosts({ "x-clearpost-token": served.token, origin: "https://evil.example" });
  expect(response.status).toBe(403);
});

test("the served page carries a strict Content-Security-Policy without unsafe-inline or unsafe-eval", async ({ request }) => {
  const response = await request.get(`${served.origin}/`);
  const policy = response.headers()["content-security-policy"] ?? "";
  expect(policy).toContain("script-src 'self'");
  expect(policy).not.toContain("unsafe-inline");
  expect(policy).not.toContain("unsafe-eval");
});

/** The style nonce in a page's policy, or null. */
const styleNonceIn = (policy: string) => /(?:^|;)\s*style-src [^;]*'nonce-([^']*)'/.exec(policy)?.[1] ?? null;

test("each page response has its own random style nonce, in its header, its meta policy and its nonce meta", async ({ request }) => {
  const nonces: string[] = [];
  for (let response = 0; response < 3; response++) {
    const page = await request.get(`${served.origin}/`);
    const nonce = styleNonceIn(page.headers()["content-security-policy"] ?? "") ?? "";
    // 18 random bytes in base64: 144 bits, more than the 128 a nonce needs.
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{24}$/);
    const html = await page.text();
    expect(html).toContain(`<meta property="csp-nonce" nonce="${nonce}">`);
    const metaPolicy = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1]?.replaceAll("&#39;", "'") ?? "";
    expect(styleNonceIn(metaPolicy)).toBe(nonce);
    expect(html).not.toContain("{{");
    nonces.push(nonce);
  }
  expect(new Set(nonces).size).toBe(3);
  // Only the page has one: the code it loads and the API answer with the plain policy.
  const script = /src="\.?(\/assets\/[^"]+\.js)"/.exec(await (await request.get(`${served.origin}/`)).text())?.[1] ?? "";
  const code = await request.get(`${served.origin}${script}`);
  expect(code.headers()["content-type"]).toContain("javascript");
  expect(styleNonceIn(code.headers()["content-security-policy"] ?? "")).toBeNull();
  expect(styleNonceIn((await listPosts({ "x-clearpost-token": served.token })).headers.get("content-security-policy") ?? "")).toBeNull();
});

test("the editor's styles apply with the page's nonce, and a <style> or style attribute without it is refused", async ({ page }) => {
  const refusals: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) refusals.push(message.text());
  });
  await page.goto(served.url);
  await openPost(page, "Welcome to Clearpost");
  // CodeMirror's base theme makes the editor a flex box: its <style> was applied, and nothing was refused.
  await expect(page.locator(".cm-editor")).toHaveCSS("display", "flex");
  expect(refusals).toEqual([]);
  const widths = await page.evaluate(() => {
    const nonce = document.querySelector<HTMLMetaElement>('meta[property="csp-nonce"]')?.nonce ?? "";
    const widthWith = (styleIt: (probe: HTMLElement, rule: string) => void) => {
      const probe = document.createElement("div");
      probe.id = `nonce-probe-${Math.random().toString(36).slice(2)}`;
      document.body.append(probe);
      styleIt(probe, `#${probe.id} { position: absolute; width: 17px; }`);
      const width = getComputedStyle(probe).width;
      probe.remove();
      return width;
    };
    const styleElement = (nonceGiven: string | null) => (_probe: HTMLElement, rule: string) => {
      const style = document.createElement("style");
      if (nonceGiven !== null) style.setAttribute("nonce", nonceGiven);
      style.textContent = rule;
      document.head.append(style);
    };
    return {
      // The page hides its nonce from markup and CSS selectors; only the property keeps it.
      nonceAttribute: document.querySelector('meta[property="csp-nonce"]')?.getAttribute("nonce"),
      withNonce: widthWith(styleElement(nonce)),
      withoutNonce: widthWith(styleElement(null)),
      withOtherNonce: widthWith(styleElement(`${nonce.slice(1)}A`)),
      styleAttribute: widthWith((probe) => probe.setAttribute("style", "position: absolute; width: 17px")),
    };
  });
  expect(widths).toEqual({ nonceAttribute: "", withNonce: "17px", withoutNonce: expect.not.stringMatching(/^17px$/), withOtherNonce: expect.not.stringMatching(/^17px$/), styleAttribute: expect.not.stringMatching(/^17px$/) });
  // Chromium says so for each of the three (once per policy: the header's and the page's meta).
  await expect.poll(() => refusals.filter((text) => /inline style/i.test(text)).length).toBeGreaterThanOrEqual(3);
});

test("pasting HTML into the editor inserts its plain text, never markup or script", async ({ page }) => {
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(served.url);
  await page.getByRole("button", { name: "New post" }).click();
  await page.getByRole("textbox", { name: "Title" }).fill("Pasted");
  await page.getByRole("button", { name: "Create" }).click();
  const editor = page.getByRole("textbox", { name: "Markdown editor" });
  await editor.click();
  await page.keyboard.press("ControlOrMeta+End");
  // What a web page puts on the clipboard: rich HTML with a script and a handler, and its text.
  await editor.evaluate((element) => {
    const data = new DataTransfer();
    data.setData("text/html", '<p>Hello <b>bold</b></p><img src=x onerror="alert(1)"><script>alert(2)</script>');
    data.setData("text/plain", "Hello bold");
    element.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  });
  const content = page.locator(".cm-content");
  await expect(content).toContainText("Hello bold");
  await expect(content).not.toContainText("<b>");
  await expect(content).not.toContainText("onerror");
  expect(await page.locator(".cm-content img, .cm-content script, .cm-content b").count()).toBe(0);
  expect(dialogs).toEqual([]);
});
