/**
 * Whether the open post's editor has painted its first frame. The shell shows the editor first
 * and fills in the preview, the side panels and the counts right after, so a writer can type as
 * early as possible however long the post (issue 7: startup to the first editable frame).
 */
import { useEffect, useState } from "react";
import { afterPaint } from "../editor/after-paint";
import type { PostSession } from "../session/post-session";

/** True once `session`'s editor has been painted; false while no post is open. */
export function useEditorPainted(session: PostSession | null): boolean {
  const [painted, setPainted] = useState<PostSession | null>(null);
  useEffect(() => {
    if (!session) return;
    const marked = afterPaint(() => setPainted(session));
    marked.request();
    return () => marked.dispose();
  }, [session]);
  return session !== null && painted === session;
}
