/** Which way this window's shortcuts read: ⌘ on macOS, Ctrl elsewhere (as CodeMirror's Mod decides too). */
import type { KeyPlatform } from "../../../shared/commands";

/** The platform the window runs on, for showing and matching shortcuts. */
export const KEY_PLATFORM: KeyPlatform = /Mac|iPhone|iPad/.test(navigator.platform) ? "mac" : "other";
