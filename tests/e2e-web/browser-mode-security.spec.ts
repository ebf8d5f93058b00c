/** Browser mode's door: only the page we served, with its token, from our own origin may use the API. */
import { expect, test } from "@playwright/test";
import { type ServedPosts, servePosts } from "../support/serve-posts";

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
