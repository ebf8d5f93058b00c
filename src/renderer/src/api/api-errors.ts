/** Reads what the renderer needs from a failed call: the ApiError code and a message a writer understands. */
import { ApiError, type ApiErrorCode, isApiErrorData } from "../../../shared/api/errors";

/**
 * The ApiError code of `error`, or null. Also reads plain `{code, message}` objects, because an
 * error that crossed a transport may have lost its class on the way.
 */
export function apiErrorCode(error: unknown): ApiErrorCode | null {
  if (error instanceof ApiError) return error.code;
  return isApiErrorData(error) ? error.code : null;
}

/** The message to show a writer for `error`: the ApiError's own words, never a stack trace. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error || isApiErrorData(error)) return error.message;
  return "Something went wrong inside Clearpost. Try again.";
}
