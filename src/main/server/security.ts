/**
 * The locks on browser mode's door: a per-run token, and Host and Origin checks so that no other
 * web page (nor a DNS-rebinding trick) can talk to the server on the writer's machine.
 */
import { randomBytes, timingSafeEqual } from "node:crypto";
import type { ServerResponse } from "node:http";
import { CONTENT_SECURITY_POLICY } from "../../shared/security/content-security-policy";

/** A fresh secret for one run of the server, safe to put in a URL as it is. */
export function createRunToken(): string {
  return randomBytes(32).toString("base64url");
}

/** True when `given` is the run's token; compares in constant time so response times do not leak it. */
export function isRunToken(token: string, given: string | string[] | null | undefined): boolean {
  if (typeof given !== "string") return false;
  const expected = Buffer.from(token);
  const actual = Buffer.from(given);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** The names our own page may reach us by; we listen on 127.0.0.1 only. */
const LOOPBACK_NAMES = ["127.0.0.1", "localhost"] as const;

/** True for `127.0.0.1:<port>` or `localhost:<port>`: a rebound DNS name arrives with its own Host. */
export function isOwnHost(host: string | undefined, port: number): boolean {
  const given = host?.toLowerCase();
  return LOOPBACK_NAMES.some((name) => given === `${name}:${port}`);
}

/** True when there is no Origin (a navigation or same-origin GET) or it is our own page's. */
export function isOwnOrigin(origin: string | undefined, port: number): boolean {
  if (origin === undefined) return true;
  const given = origin.toLowerCase();
  return LOOPBACK_NAMES.some((name) => given === `http://${name}:${port}`);
}

/** Headers every response carries, API and page alike. */
export function setSecurityHeaders(response: ServerResponse): void {
  response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
  response.setHeader("X-Content-Type-Options", "nosniff");
  response.setHeader("Referrer-Policy", "no-referrer");
  // Other sites cannot even embed our files (scripts, images) in their pages.
  response.setHeader("Cross-Origin-Resource-Policy", "same-origin");
}
