/** Writes the API's answers: every answer, success or refusal, is an ApiResult in JSON. */
import type { ServerResponse } from "node:http";
import type { ApiErrorCode, ApiResult } from "../../shared/api/errors";

/** Sends `result` with `status`; API answers are never cached. */
export function sendApiResult(response: ServerResponse, status: number, result: ApiResult<unknown>): void {
  const body = JSON.stringify(result);
  response.writeHead(status, {
    "Content-Type": "application/json; charset=utf-8",
    "Content-Length": Buffer.byteLength(body),
    "Cache-Control": "no-store",
  });
  response.end(body);
}

/** Sends a refusal the client turns into an ApiError with `code` and `message`. */
export function sendApiError(response: ServerResponse, status: number, code: ApiErrorCode, message: string): void {
  sendApiResult(response, status, { ok: false, error: { code, message } });
}
