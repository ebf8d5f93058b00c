/** Which post is open: opening one saves the current post first, and a slow read never overtakes a later click. */
import { useCallback, useEffect, useRef, useState } from "react";
import type { PostDocument, PostId, Settings } from "../../../shared/model/post";
import { useApi } from "../api/api-context";
import { PostSession } from "../session/post-session";
import { droppedPostId } from "./dropped-post";
import type { Store } from "../store";

interface UsePostSessionOptions {
  readonly settings: Store<Settings>;
  readonly reportError: (error: unknown) => void;
}

/** The open post's session and the ways to change it. */
export function usePostSession({ settings, reportError }: UsePostSessionOptions) {
  const api = useApi();
  const [session, setSession] = useState<PostSession | null>(null);
  const current = useRef<PostSession | null>(null);
  const latestOpen = useRef(0);
  // A dropped post opens through `open`, which is defined after `show`.
  const openRef = useRef<(id: PostId) => Promise<unknown>>(async () => null);

  /** Shows `document` (a new post gets the focus), or nothing; the previous session is dropped as it is. */
  const show = useCallback(
    (document: PostDocument | null, options: { focus?: boolean } = {}) => {
      current.current?.destroy();
      const openMarkdownFile = (file: File) => void droppedPostId(api, file).then((id) => openRef.current(id), reportError);
      const next = document ? new PostSession({ api, document, settings, reportError, focus: options.focus ?? false, openMarkdownFile }) : null;
      current.current = next;
      setSession(next);
    },
    [api, settings, reportError],
  );

  /** Saves the open post; false (with the reason shown) when it cannot be left yet. */
  const flush = useCallback(async () => (current.current ? current.current.flush() : true), []);

  /** Opens the post `id` after saving the current one; resolves to its session, or null when it did not open. */
  const open = useCallback(
    async (id: PostId): Promise<PostSession | null> => {
      const ticket = ++latestOpen.current;
      if (current.current?.id === id) return current.current;
      if (!(await flush())) return null;
      try {
        const document = await api.readPost(id);
        if (ticket === latestOpen.current) show(document);
      } catch (error) {
        reportError(error);
      }
      return current.current?.id === id ? current.current : null;
    },
    [api, flush, show, reportError],
  );

  useEffect(() => {
    openRef.current = open;
  }, [open]);

  const close = useCallback(() => show(null), [show]);

  useEffect(
    () => () => {
      current.current?.destroy();
      current.current = null;
    },
    [],
  );

  return { session, show, open, close, flush };
}
