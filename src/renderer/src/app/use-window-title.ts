import { useEffect } from "react";
import type { PostSession } from "../session/post-session";
import { useSessionStatus } from "../session/use-session-status";

/** The window title names the open post and marks unsaved changes: `• Title — Clearpost`. */
export function useWindowTitle(session: PostSession | null): void {
  const title = useSessionStatus(session, (status) => status.summary.title, null);
  const unsaved = useSessionStatus(session, (status) => status.saveState !== "saved", false);
  useEffect(() => {
    document.title = title === null ? "Clearpost" : `${unsaved ? "• " : ""}${title} — Clearpost`;
  }, [title, unsaved]);
}
