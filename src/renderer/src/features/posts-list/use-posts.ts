/** The folder's posts, newest first, reloaded when the folder changes and (debounced) when files change on disk. */
import { useCallback, useEffect, useState } from "react";
import type { PostSummary } from "../../../../shared/model/post";
import { useApi } from "../../api/api-context";

/** Changes on disk come in bursts (a save, a git checkout): one list request per burst. */
const REFRESH_DELAY_MS = 100;

/** The posts of `folder` (null while loading) and `refresh` to reload them after the app changed a file. */
export function usePosts(folder: string | null, reportError: (error: unknown) => void) {
  const api = useApi();
  const [posts, setPosts] = useState<readonly PostSummary[] | null>(null);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    if (folder === null) return;
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
  }, [api, folder, generation, reportError]);

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
