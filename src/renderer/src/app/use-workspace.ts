/** The posts folder and the writer's settings, loaded at start and kept current from the API's events. */
import { useCallback, useEffect, useEffectEvent, useRef, useState } from "react";
import type { Settings, Workspace } from "../../../shared/model/post";
import { useApi } from "../api/api-context";
import type { Store } from "../store";

/** Settings in force until the API answers. */
export { DEFAULT_SETTINGS } from "../../../shared/model/settings";

interface UseWorkspaceOptions {
  /** The workspace as answered at start, shown until the API's own answer (null: not known yet). */
  readonly initial: Workspace | null;
  /** Receives the settings when they load. */
  readonly settings: Store<Settings>;
  readonly reportError: (error: unknown) => void;
  /** Runs before the app switches to another folder: the open post belongs to the old one. */
  readonly onFolderChange: () => void;
}

/** The workspace (null while loading) and `changeWorkspace`, to apply the result of `openFolder()`. */
export function useWorkspace({ initial, settings, reportError, onFolderChange }: UseWorkspaceOptions) {
  const api = useApi();
  const [workspace, setWorkspace] = useState<Workspace | null>(initial);
  const folder = useRef<string | null>(initial?.folder ?? null);

  const changeWorkspace = useCallback(
    (next: Workspace) => {
      if (folder.current !== null && folder.current !== next.folder) onFolderChange();
      folder.current = next.folder;
      setWorkspace(next);
    },
    [onFolderChange],
  );
  const onWorkspaceEvent = useEffectEvent(changeWorkspace);

  useEffect(() => {
    let cancelled = false;
    api.getWorkspace().then(
      (loaded) => {
        if (!cancelled) onWorkspaceEvent(loaded);
      },
      reportError,
    );
    api.getSettings().then(
      (loaded) => {
        if (!cancelled) settings.set(loaded);
      },
      reportError,
    );
    const unsubscribe = api.onDidChangeWorkspace((next) => onWorkspaceEvent(next));
    return () => {
      cancelled = true;
      unsubscribe();
    };
  }, [api, settings, reportError]);

  return { workspace, changeWorkspace };
}
