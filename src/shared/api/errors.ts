/** Errors that cross the UI boundary: a code the UI can act on and a message a writer understands. */

export type ApiErrorCode =
  | "not-found"
  | "already-exists"
  | "conflict"
  | "would-empty"
  | "read-only"
  | "invalid-argument"
  | "unsupported"
  | "io"
  | "forbidden"
  | "internal";

/** The JSON shape of an error on the wire. */
export interface ApiErrorData {
  readonly code: ApiErrorCode;
  readonly message: string;
}

/** Thrown by services and by API clients; never carries a stack trace across the boundary. */
export class ApiError extends Error implements ApiErrorData {
  readonly code: ApiErrorCode;

  constructor(code: ApiErrorCode, message: string) {
    super(message);
    this.name = "ApiError";
    this.code = code;
  }

  toJSON(): ApiErrorData {
    return { code: this.code, message: this.message };
  }
}

const CODES: ReadonlySet<string> = new Set<ApiErrorCode>([
  "not-found",
  "already-exists",
  "conflict",
  "would-empty",
  "read-only",
  "invalid-argument",
  "unsupported",
  "io",
  "forbidden",
  "internal",
]);

/** True for a value shaped like ApiErrorData (an error that came over the wire). */
export function isApiErrorData(value: unknown): value is ApiErrorData {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.code === "string" && CODES.has(v.code) && typeof v.message === "string";
}

/** The result envelope every transport carries, so typed errors survive serialization. */
export type ApiResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: ApiErrorData };
