/**
 * Serves the built renderer from our own `clearpost-app://` scheme instead of `file://`, so the
 * page has a real origin, the Content-Security-Policy header applies, and no file outside the
 * renderer's folder can be read.
 */
import { readFile } from "node:fs/promises";
import { type CustomScheme, protocol } from "electron";
import { rendererFileResponse } from "../server/renderer-page";
import { contentTypeFor, resolveInside } from "../server/static-files";

export const APP_SCHEME = "clearpost-app";
export const APP_ORIGIN = `${APP_SCHEME}://app`;

/**
 * Must run before `app` is ready, and once: Electron takes every privileged scheme in a single
 * call, so the other schemes (post images) come in as `otherSchemes`. Makes ours behave like
 * https (origin, fetch, secure context).
 */
export function registerAppScheme(otherSchemes: readonly CustomScheme[] = []): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ...otherSchemes,
  ]);
}

/** Answers `clearpost-app://app/<path>` with files of `rendererDir`, and nothing else. */
export function serveRendererOverAppScheme(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    const file = url.host === "app" ? resolveInside(rendererDir, url.pathname === "/" ? "/index.html" : url.pathname) : null;
    if (file === null) return new Response("Not found", { status: 404 });
    try {
      const sent = rendererFileResponse(file, await readFile(file));
      return new Response(sent.body, {
        headers: {
          "content-type": contentTypeFor(file),
          "content-security-policy": sent.contentSecurityPolicy,
          "x-content-type-options": "nosniff",
        },
      });
    } catch {
      return new Response("Not found", { status: 404 });
    }
  });
}
