/** Applies a settings change at once and saves it; the saved settings then replace the guess. */
import type { ClearpostApi } from "../../../../shared/api/contract";
import type { Settings } from "../../../../shared/model/post";
import type { Store } from "../../store";

/**
 * Shows `patch` immediately (the theme, the font size, the panel's target), then stores it
 * through the API; if the store refuses, the settings it holds come back and the error is shown.
 */
export function changeSettings(api: ClearpostApi, settings: Store<Settings>, patch: Partial<Settings>, reportError: (error: unknown) => void): void {
  settings.set({ ...settings.get(), ...patch });
  api.updateSettings(patch).then(settings.set, (error: unknown) => {
    reportError(error);
    api.getSettings().then(settings.set, reportError);
  });
}
