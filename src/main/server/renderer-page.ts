/**
 * Gives the renderer's page a fresh style nonce in every response, for browser mode's server and
 * the Electron window's scheme alike: CodeMirror writes its styles into a <style> element, which
 * the page's policy allows only with the nonce of that very response, so no post can know it.
 */
import { randomBytes } from "node:crypto";
import { extname } from "node:path";
import { CONTENT_SECURITY_POLICY, pageContentSecurityPolicy, STYLE_NONCE_PLACEHOLDER } from "../../shared/security/content-security-policy";

/** 144 random bits in base64: unguessable, and new for every page served. */
export function createStyleNonce(): string {
  return randomBytes(18).toString("base64");
}

/** What to send for one file of the built renderer. */
export interface RendererFileResponse {
  readonly body: Buffer<ArrayBuffer>;
  readonly contentSecurityPolicy: string;
}

/** The body and policy for renderer file `file` read as `body`: an HTML page gets a fresh nonce in both. */
export function rendererFileResponse(file: string, body: Buffer<ArrayBuffer>): RendererFileResponse {
  if (extname(file).toLowerCase() !== ".html") return { body, contentSecurityPolicy: CONTENT_SECURITY_POLICY };
  const nonce = createStyleNonce();
  return { body: Buffer.from(body.toString("utf8").replaceAll(STYLE_NONCE_PLACEHOLDER, nonce)), contentSecurityPolicy: pageContentSecurityPolicy(nonce) };
}
