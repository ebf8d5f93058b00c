/** Gives components the one ClearpostApi of this window, whichever transport it uses. */
import { createContext, type ReactNode, use } from "react";
import type { ClearpostApi } from "../../../shared/api/contract";

const ApiContext = createContext<ClearpostApi | null>(null);

/** Makes `api` available to `useApi()` below it. */
export function ApiProvider({ api, children }: { api: ClearpostApi; children: ReactNode }) {
  return <ApiContext value={api}>{children}</ApiContext>;
}

/** The window's API; throws when used outside ApiProvider (a wiring bug, not a writer's problem). */
export function useApi(): ClearpostApi {
  const api = use(ApiContext);
  if (!api) throw new Error("useApi() needs an <ApiProvider> above it");
  return api;
}
