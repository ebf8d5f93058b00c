/** Answers `POST /api/call/<method>`: the contract's calls, run through the shared dispatch. */
import type { IncomingMessage, ServerResponse } from "node:http";
import { HTTP_PATHS } from "../../shared/api/channels";
import { CALL_NAMES, type CallName, type ClearpostCalls } from "../../shared/api/contract";
import { dispatchCall, type InternalErrorReporter } from "../../shared/api/dispatch";
import { sendApiError, sendApiResult } from "./json-responses";
import { readRequestText, RequestTooLargeError } from "./request-body";

/** A post may be 20 MB and JSON escaping can double it; this leaves room without inviting abuse. */
export const MAX_CALL_BYTES = 64 * 1024 * 1024;

/** The route table, built from the contract so that every call is served and nothing else is. */
const CALL_ROUTES: ReadonlyMap<string, CallName> = new Map(CALL_NAMES.map((name) => [`${HTTP_PATHS.call}/${name}`, name]));

/** The calls this server answers, for the test that keeps every transport complete. */
export function servedCalls(): readonly CallName[] {
  return [...CALL_ROUTES.values()];
}

/** The call a request path names, or null when it names none. */
export function callForPath(pathname: string): CallName | null {
  return CALL_ROUTES.get(pathname) ?? null;
}

/** True for `application/json`, with or without parameters: a cross-site form cannot send it without a CORS preflight. */
function isJsonContentType(header: string | undefined): boolean {
  return header?.split(";")[0]?.trim().toLowerCase() === "application/json";
}

/** Reads the JSON array of arguments, runs `method` and answers its ApiResult with 200. */
export async function answerCall(
  request: IncomingMessage,
  response: ServerResponse,
  services: ClearpostCalls,
  method: CallName,
  reportInternal: InternalErrorReporter,
): Promise<void> {
  if (request.method !== "POST") {
    response.setHeader("Allow", "POST");
    sendApiError(response, 405, "invalid-argument", `"${method}" must be sent with POST.`);
    return;
  }
  if (!isJsonContentType(request.headers["content-type"])) {
    sendApiError(response, 415, "invalid-argument", "Clearpost's server only accepts requests in JSON.");
    return;
  }
  let text: string;
  try {
    text = await readRequestText(request, MAX_CALL_BYTES);
  } catch (error) {
    if (!(error instanceof RequestTooLargeError)) throw error;
    // Stop reading the rest of an oversized body: answer, then close the connection.
    response.setHeader("Connection", "close");
    sendApiError(response, 413, "invalid-argument", `That request is larger than Clearpost's server accepts (${MAX_CALL_BYTES / 1024 / 1024} MB).`);
    return;
  }
  let args: unknown;
  try {
    args = JSON.parse(text);
  } catch {
    sendApiError(response, 400, "invalid-argument", `The request "${method}" was not valid JSON.`);
    return;
  }
  sendApiResult(response, 200, await dispatchCall(services, method, args, reportInternal));
}
