/** Whether the readability panel shows and which kinds of marks are hidden, remembered in localStorage. */
import type { FindingKind } from "../../../../shared/readability";
import { MARK_KINDS } from "../../editor/analysis-kinds";
import { createRememberedStore, storedRecord } from "../../remembered-store";
import type { Store } from "../../store";

/** The writer's choices for the readability checker. */
export interface ReadabilityPreferences {
  /** The panel shows, and with it the marks; hidden, the checker rests. */
  readonly show: boolean;
  readonly hiddenKinds: readonly FindingKind[];
}

const DEFAULTS: ReadabilityPreferences = { show: true, hiddenKinds: [] };
const KNOWN_KINDS: ReadonlySet<string> = new Set(MARK_KINDS.map((entry) => entry.kind));

function read(stored: unknown): ReadabilityPreferences {
  const { show, hiddenKinds } = storedRecord(stored);
  return {
    show: typeof show === "boolean" ? show : DEFAULTS.show,
    hiddenKinds: Array.isArray(hiddenKinds) ? hiddenKinds.filter((kind): kind is FindingKind => typeof kind === "string" && KNOWN_KINDS.has(kind)) : [],
  };
}

/** The remembered preferences as a store that remembers every change. */
export function createReadabilityPreferences(): Store<ReadabilityPreferences> {
  return createRememberedStore("clearpost.readability", read);
}

/** Shows the panel when hidden, hides it when shown. */
export function toggleReadabilityPanel(preferences: Store<ReadabilityPreferences>): void {
  const current = preferences.get();
  preferences.set({ ...current, show: !current.show });
}

/** Shows or hides the marks of `kind`. */
export function setMarkKindShown(preferences: Store<ReadabilityPreferences>, kind: FindingKind, shown: boolean): void {
  const current = preferences.get();
  const hiddenKinds = current.hiddenKinds.filter((hidden) => hidden !== kind);
  preferences.set({ ...current, hiddenKinds: shown ? hiddenKinds : [...hiddenKinds, kind] });
}
