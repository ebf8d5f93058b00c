/** Runs one call from a transport against the services, validating it and turning every failure into an ApiError. */
import { type CallName, type ClearpostCalls, isCallName, validCallArgs } from "./contract";
import { ApiError, type ApiResult } from "./errors";

/** Reports an unexpected failure (a bug, not a writer's problem) somewhere a developer can see it. */
export type InternalErrorReporter = (method: string, error: unknown) => void;

/**
 * Calls `method` on `services` with `args` from an untrusted transport. Never throws: a bad
 * method or argument gives "invalid-argument", a service's ApiError passes through, and anything
 * else becomes a plain "internal" error whose details go to `reportInternal`, not to the UI.
 */
export async function dispatchCall(
  services: ClearpostCalls,
  method: unknown,
  args: unknown,
  reportInternal: InternalErrorReporter,
): Promise<ApiResult<unknown>> {
  if (!isCallName(method)) {
    return { ok: false, error: { code: "invalid-argument", message: `Unknown request: ${String(method).slice(0, 60)}` } };
  }
  if (!Array.isArray(args) || !validCallArgs(method, args)) {
    return { ok: false, error: { code: "invalid-argument", message: `The request "${method}" had invalid arguments.` } };
  }
  try {
    const call = services[method] as (...a: unknown[]) => Promise<unknown>;
    const value = await call.apply(services, args);
    return { ok: true, value: value === undefined ? null : value };
  } catch (error) {
    if (error instanceof ApiError) return { ok: false, error: error.toJSON() };
    reportInternal(method satisfies CallName, error);
    return { ok: false, error: { code: "internal", message: "Something went wrong inside Clearpost. Your text is still in the editor; try again." } };
  }
}
