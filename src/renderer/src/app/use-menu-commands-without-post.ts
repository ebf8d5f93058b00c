import { useEffect } from "react";
import { useApi } from "../api/api-context";
import type { PostSession } from "../session/post-session";

/** File > Export HTML… with no post open says what to do; with a post open, the export controls run it. */
export function useMenuCommandsWithoutPost(session: PostSession | null, reportError: (error: string) => void): void {
  const api = useApi();
  useEffect(() => (session ? undefined : api.onDidChooseMenuCommand(() => reportError("Open a post to export it."))), [api, session, reportError]);
}
