/** The folder's posts, newest first, loaded at start, reloaded when the folder changes and (debounced) when files change on disk. */
import { useCallback, useEffect, useState } from "react";
import type { PostSummary } from "../../../../shared/model/post";
import { useApi } from "../../api/api-context";

/** Changes on disk come in bursts (a save, a git checkout): one list request per burst. */
const REFRESH_DELAY_MS = 100;

/**
 * The posts of `folder` (null while loading; the first list does not wait for it), starting from
 * `initial` (the list answered at start, or null), and `refresh` to reload them after the app changed a file.
 */
export function usePosts(folder: string | null, initial: readonly PostSummary[] | null, reportError: (error: unknown) => void) {
  const api = useApi();
  const [posts, setPosts] = useState<readonly PostSummary[] | null>(initial);
  const [generation, setGeneration] = useState(0);
  // The first list is asked for at once, beside the workspace (the API already serves its folder); another folder asks again.
  const [firstFolder, setFirstFolder] = useState<string | null>(null);
  if (folder !== null && firstFolder === null) setFirstFolder(folder);
  const listedFolder = folder === firstFolder ? null : folder;

  useEffect(() => {
    let cancelled = false;
    api.listPosts().then(
      (list) => {
        if (!cancelled) setPosts(list);
      },
      (error: unknown) => {
        if (!cancelled) reportError(error);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [api, listedFolder, generation, reportError]);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = api.onDidChangePosts(() => {
      clearTimeout(timer);
      timer = setTimeout(() => setGeneration((n) => n + 1), REFRESH_DELAY_MS);
    });
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, [api]);

  const refresh = useCallback(() => setGeneration((n) => n + 1), []);
  return { posts, refresh };
}
