/**
 * "Find in posts" for the shell: the dialog (null while closed), its command (Ctrl/Cmd+Shift+F,
 * the Edit menu and the palette), and the last search,
 * kept while the dialog is closed so the writer can step through the matches one by one.
 */
import { useCallback, useMemo, useState } from "react";
import { useCommands } from "../../commands/command-context";
import type { PostSearchMatch } from "../../../../shared/api/contract";
import type { PostId } from "../../../../shared/model/post";
import type { PostSearchRequest } from "../../../../shared/search/search-pattern";
import type { PostSession } from "../../session/post-session";
import { jumpToSource } from "../checks/use-jump-to-source";
import { FindInPostsDialog } from "./FindInPostsDialog";
import { matchRange } from "./match-range";

interface UseFindInPostsOptions {
  /** Opens a post (saving the current one first); resolves to its session, or null when it did not open. */
  readonly openPost: (id: PostId) => Promise<PostSession | null>;
  /** Shows the editor when the writer hid it. */
  readonly revealEditor: () => void;
  readonly reportError: (error: unknown) => void;
}

export function useFindInPosts({ openPost, revealEditor, reportError }: UseFindInPostsOptions) {
  const [open, setOpen] = useState(false);
  const [request, setRequest] = useState<PostSearchRequest>({ query: "", regex: false, matchCase: false });
  const openFind = useCallback(() => setOpen(true), []);
  const close = useCallback(() => setOpen(false), []);
  useCommands(useMemo(() => [{ id: "find-in-posts", run: openFind }], [openFind]));

  const goTo = useCallback(
    (id: PostId, match: PostSearchMatch) => {
      setOpen(false);
      void openPost(id).then((session) => {
        // A frame later, once the closed dialog has given focus back; jumpToSource waits for a just-opened post's editor.
        if (session) requestAnimationFrame(() => jumpToSource(session, revealEditor, matchRange(session.view.state.doc, match)));
      });
    },
    [openPost, revealEditor],
  );

  const dialog = open ? <FindInPostsDialog request={request} onChange={setRequest} onClose={close} onGoTo={goTo} reportError={reportError} /> : null;
  return { dialog };
}
