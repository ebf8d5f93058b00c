/**
 * Electron accelerators (`CmdOrCtrl+Shift+8`) turned into CodeMirror's key names (`Mod-Shift-8`),
 * into the text a writer sees beside a command (⇧⌘8 on macOS, Ctrl+Shift+8 elsewhere), and
 * into a test of a keyboard event's modifiers and key code, so one table serves all three.
 */

/** An accelerator taken apart. */
export interface ParsedAccelerator {
  /** Cmd on macOS, Ctrl elsewhere. */
  readonly mod: boolean;
  readonly shift: boolean;
  readonly alt: boolean;
  /** The key itself as Electron names it: `B`, `8`, `F8`. */
  readonly key: string;
}

const MOD_NAMES = new Set(["cmdorctrl", "commandorcontrol"]);

/** Splits `accelerator`; only the modifiers our table uses are understood, anything else is an error. */
export function parseAccelerator(accelerator: string): ParsedAccelerator {
  const parts = accelerator.split("+");
  const key = parts.pop();
  if (!key) throw new Error(`Empty accelerator "${accelerator}"`);
  let mod = false;
  let shift = false;
  let alt = false;
  for (const part of parts) {
    const name = part.toLowerCase();
    if (MOD_NAMES.has(name)) mod = true;
    else if (name === "shift") shift = true;
    else if (name === "alt" || name === "option") alt = true;
    else throw new Error(`Unsupported modifier "${part}" in "${accelerator}"`);
  }
  return { mod, shift, alt, key };
}

/** CodeMirror's name for the key: lower-case letters, as CodeMirror matches them with Shift separately. */
function codeMirrorKeyName(key: string): string {
  return key.length === 1 ? key.toLowerCase() : key;
}

/** `CmdOrCtrl+Shift+8` → `Mod-Shift-8`, `F8` → `F8`. */
export function toCodeMirrorKey(accelerator: string): string {
  const { mod, shift, alt, key } = parseAccelerator(accelerator);
  return [mod ? "Mod" : null, alt ? "Alt" : null, shift ? "Shift" : null, codeMirrorKeyName(key)].filter((part) => part !== null).join("-");
}

/** The platforms whose shortcuts read differently. */
export type KeyPlatform = "mac" | "other";

/** The shortcut as a writer reads it: `⇧⌘B` on macOS (Apple's modifier order), `Ctrl+Shift+B` elsewhere. */
export function shortcutText(accelerator: string, platform: KeyPlatform): string {
  const { mod, shift, alt, key } = parseAccelerator(accelerator);
  const shown = key.length === 1 ? key.toUpperCase() : key;
  if (platform === "mac") return `${alt ? "⌥" : ""}${shift ? "⇧" : ""}${mod ? "⌘" : ""}${shown}`;
  return [mod ? "Ctrl" : null, alt ? "Alt" : null, shift ? "Shift" : null, shown].filter((part) => part !== null).join("+");
}

/** The ARIA `aria-keyshortcuts` value: `Control+Shift+B` (or `Meta+…` on macOS). */
export function ariaKeyShortcut(accelerator: string, platform: KeyPlatform): string {
  const { mod, shift, alt, key } = parseAccelerator(accelerator);
  return [mod ? (platform === "mac" ? "Meta" : "Control") : null, alt ? "Alt" : null, shift ? "Shift" : null, key.length === 1 ? key.toUpperCase() : key]
    .filter((part) => part !== null)
    .join("+");
}

/** `KeyboardEvent.code` of the punctuation keys an accelerator may name (US layout positions, as Electron's). */
const PUNCTUATION_CODES: Readonly<Record<string, string>> = {
  ",": "Comma",
  ".": "Period",
  "/": "Slash",
  ";": "Semicolon",
  "'": "Quote",
  "[": "BracketLeft",
  "]": "BracketRight",
  "\\": "Backslash",
  "-": "Minus",
  "=": "Equal",
  "`": "Backquote",
};

/** The physical key `KeyboardEvent.code` reports for the accelerator's key (`KeyB`, `Digit8`, `Comma`, `F8`), which Shift does not change. */
export function keyCodeOf(accelerator: string): string {
  const { key } = parseAccelerator(accelerator);
  if (/^[A-Za-z]$/.test(key)) return `Key${key.toUpperCase()}`;
  if (/^[0-9]$/.test(key)) return `Digit${key}`;
  return PUNCTUATION_CODES[key] ?? key;
}

/** The parts of a keyboard event a shortcut depends on (a DOM KeyboardEvent has them all). */
export interface KeyPress {
  readonly code: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly shiftKey: boolean;
  readonly altKey: boolean;
}

/** Whether `press` is the accelerator's shortcut on `platform` (Mod is Cmd on macOS, Ctrl elsewhere). */
export function matchesAccelerator(press: KeyPress, accelerator: string, platform: KeyPlatform): boolean {
  const { mod, shift, alt } = parseAccelerator(accelerator);
  const modPressed = platform === "mac" ? press.metaKey && !press.ctrlKey : press.ctrlKey && !press.metaKey;
  const noMod = !press.metaKey && !press.ctrlKey;
  return press.code === keyCodeOf(accelerator) && (mod ? modPressed : noMod) && press.shiftKey === shift && press.altKey === alt;
}
