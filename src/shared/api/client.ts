/** Builds the renderer's API object from the contract tables over any transport (Electron IPC or HTTP). */
import { CALL_NAMES, type CallName, type ClearpostApi, EVENT_NAMES, type EventName } from "./contract";
import { ApiError, type ApiErrorData, type ApiResult } from "./errors";

/** What a transport must do: carry one call and deliver one kind of event. */
export interface ApiTransport {
  call(method: CallName, args: readonly unknown[]): Promise<ApiResult<unknown>>;
  subscribe(event: EventName, listener: (payload: unknown) => void): () => void;
}

/** What a failed call rejects with; by default an ApiError. */
export type ApiRejection = (error: ApiErrorData) => unknown;

const rejectWithApiError: ApiRejection = (error) => new ApiError(error.code, error.message);

/** One method per call and per event of the contract, each forwarding to `transport`. */
export function buildApiClient(transport: ApiTransport, rejection: ApiRejection = rejectWithApiError): ClearpostApi {
  const client: Record<string, unknown> = {};
  for (const method of CALL_NAMES) {
    client[method] = async (...args: unknown[]) => {
      const result = await transport.call(method, args);
      if (result.ok) return result.value;
      throw rejection(result.error);
    };
  }
  for (const event of EVENT_NAMES) {
    client[event] = (listener: (payload: unknown) => void) => transport.subscribe(event, listener);
  }
  return client as unknown as ClearpostApi;
}
