import { useEffect, useRef } from "react";
import type { PostSession } from "../../session/post-session";
import type { CursorPosition as Position } from "../../session/session-status";

const describe = ({ line, column }: Position) => `Ln ${line}, Col ${column}`;

/**
 * "Ln 12, Col 5" for the open post's cursor. It changes with every arrow key, so it writes its
 * text straight into the page after each painted frame rather than re-rendering through React.
 */
export function CursorPosition({ session }: { session: PostSession }) {
  const element = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    const show = () => {
      if (element.current) element.current.textContent = describe(session.cursor.get());
    };
    show();
    return session.cursor.subscribe(show);
  }, [session]);
  return <span ref={element} className="status-cursor" aria-live="off" />;
}
