import { useEffect } from "react";
import type { PostSession } from "../session/post-session";

/** Ctrl/Cmd+S saves from anywhere in the window, not only from inside the editor (whose keymap handles it there). */
export function useSaveShortcut(session: PostSession | null): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.key.toLowerCase() !== "s") return;
      // The editor's own Mod-s binding already saved and marked the event handled.
      if (event.defaultPrevented) return;
      event.preventDefault();
      void session?.save();
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [session]);
}
