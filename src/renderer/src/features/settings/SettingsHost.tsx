import { useEffect, useLayoutEffect } from "react";
import { useCommands } from "../../commands/command-context";
import type { AppCommand } from "../../commands/command-registry";
import type { Settings } from "../../../../shared/model/post";
import { useApi } from "../../api/api-context";
import { type Store, useStoreValue } from "../../store";
import { followAppearance } from "./appearance";
import { changeSettings } from "./change-settings";
import { closeSettings, openSettings, settingsDialogOpen } from "./settings-dialog-state";
import { SettingsDialog } from "./SettingsDialog";

/** "Settings…" in the menu and the palette, and its Ctrl/Cmd+, shortcut. */
const SETTINGS_COMMANDS: readonly AppCommand[] = [{ id: "settings", run: openSettings }];

interface SettingsHostProps {
  readonly settings: Store<Settings>;
  readonly reportError: (error: unknown) => void;
}

/**
 * Everything settings do to the window: the theme and font size on the root, the command that
 * opens the Settings dialog (Ctrl/Cmd+,), the dialog itself, and one notice when the settings file was unreadable.
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

  useCommands(SETTINGS_COMMANDS);

  return open ? <SettingsDialog settings={current} onChange={(patch) => changeSettings(api, settings, patch, reportError)} onClose={closeSettings} /> : null;
}
