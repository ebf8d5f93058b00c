import { useEffect, useLayoutEffect } from "react";
import type { Settings } from "../../../../shared/model/post";
import { useApi } from "../../api/api-context";
import { type Store, useStoreValue } from "../../store";
import { followAppearance } from "./appearance";
import { changeSettings } from "./change-settings";
import { closeSettings, openSettings, settingsDialogOpen } from "./settings-dialog-state";
import { SettingsDialog } from "./SettingsDialog";

interface SettingsHostProps {
  readonly settings: Store<Settings>;
  readonly reportError: (error: unknown) => void;
}

/**
 * Everything settings do to the window: the theme and font size on the root, Ctrl/Cmd+, to open
 * the Settings dialog, the dialog itself, and one notice when the settings file was unreadable.
 */
export function SettingsHost({ settings, reportError }: SettingsHostProps) {
  const api = useApi();
  const open = useStoreValue(settingsDialogOpen, (value) => value);
  const current = useStoreValue(settings, (value) => value);

  // Before the first paint, so a dark system never flashes light.
  useLayoutEffect(() => followAppearance(settings), [settings]);

  useEffect(() => {
    let cancelled = false;
    api.settingsFileProblem().then((problem) => {
      if (problem && !cancelled) reportError(problem.message);
    }, reportError);
    return () => {
      cancelled = true;
    };
  }, [api, reportError]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.key !== ",") return;
      event.preventDefault();
      openSettings();
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, []);

  return open ? <SettingsDialog settings={current} onChange={(patch) => changeSettings(api, settings, patch, reportError)} onClose={closeSettings} /> : null;
}
