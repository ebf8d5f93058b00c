/**
 * Where browser mode's API is: the page's own origin, with the token `clearpost serve` put in the
 * address. The token is taken out of the visible URL (so it is not shared by copying the address
 * bar or kept in history) and kept in this tab's sessionStorage so a reload still works.
 */
import { TOKEN_QUERY } from "../../../shared/api/channels";
import type { HttpConnection } from "./http-client";

const TOKEN_STORAGE_KEY = "clearpost.token";

/** The connection of the page the browser is showing; the token is empty when none was given. */
export function browserConnection(): HttpConnection {
  const url = new URL(window.location.href);
  const fromAddress = url.searchParams.get(TOKEN_QUERY);
  if (fromAddress !== null) {
    window.sessionStorage.setItem(TOKEN_STORAGE_KEY, fromAddress);
    url.searchParams.delete(TOKEN_QUERY);
    window.history.replaceState(window.history.state, "", `${url.pathname}${url.search}${url.hash}`);
  }
  // An empty token still builds a client: the server's refusal then tells the writer what to open.
  return { baseUrl: url.origin, token: fromAddress ?? window.sessionStorage.getItem(TOKEN_STORAGE_KEY) ?? "" };
}
