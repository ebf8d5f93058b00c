import { useEffect, useRef } from "react";
import type { PostSession } from "../../session/post-session";

/** Shows the open post's editor. The editor is built by the session; this only places it in the page. */
export function EditorPane({ session }: { session: PostSession }) {
  const slot = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const element = slot.current;
    if (!element) return;
    element.append(session.editorHost);
    if (session.focusWhenShown) session.view.focus();
    return () => session.editorHost.remove();
  }, [session]);

  return <div ref={slot} className="editor-pane" />;
}
