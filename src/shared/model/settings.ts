/**
 * The writer's preferences: their shape, defaults and the accepted values of each, in one place
 * so the settings file, the API's argument checks and the Settings dialog agree.
 */

/** The app's colours: fixed light or dark, or whatever the system is set to. */
export type ThemeChoice = "light" | "dark" | "system";

/** How an export writes a post's images: inside the page as data URIs, or copied into a folder beside it. */
export type ExportImages = "inline" | "folder";

/** Languages the spellchecker can be set to, with the name the Settings dialog shows. */
export const SPELLING_LANGUAGES = [
  { tag: "en-US", name: "English (US)" },
  { tag: "en-GB", name: "English (UK)" },
  { tag: "de", name: "German" },
  { tag: "fr", name: "French" },
  { tag: "es", name: "Spanish" },
  { tag: "nl", name: "Dutch" },
  { tag: "pt-BR", name: "Portuguese (Brazil)" },
  { tag: "it", name: "Italian" },
] as const;

/** The colours of exported pages: the reader's system setting ("auto"), or always light or dark. */
export type ExportTheme = "auto" | "light" | "dark";

/** A spellchecker language tag, or "off". */
export type SpellingChoice = (typeof SPELLING_LANGUAGES)[number]["tag"] | "off";

/** Preferences the writer can change; stored outside the posts folder. */
export interface Settings {
  /** Readability grade the writer aims for (used by the readability checker). */
  readonly readabilityTarget: number;
  /** Idle time before an unsaved post is written to disk, in milliseconds. */
  readonly autosaveDelayMs: number;
  readonly theme: ThemeChoice;
  /** The editor's font size in CSS pixels. */
  readonly editorFontSize: number;
  /** What "Export HTML" does with images unless the writer picks otherwise. */
  readonly exportImages: ExportImages;
  readonly exportTheme: ExportTheme;
  /** The spellchecker's language when the post names none in its front matter; "off" turns spelling off. */
  readonly spellcheckLanguage: SpellingChoice;
}

/** Preferences before the writer changes anything. */
export const DEFAULT_SETTINGS: Settings = {
  readabilityTarget: 8,
  autosaveDelayMs: 1500,
  theme: "system",
  editorFontSize: 15,
  exportImages: "inline",
  exportTheme: "auto",
  spellcheckLanguage: "en-US",
};

/** The editor font sizes offered, in CSS pixels. */
export const EDITOR_FONT_SIZE_RANGE = { min: 12, max: 24 } as const;

type FieldCheck = (value: unknown) => boolean;

const isNumberIn =
  (min: number, max: number): FieldCheck =>
  (value) =>
    typeof value === "number" && Number.isFinite(value) && value >= min && value <= max;

const isOneOf =
  (values: readonly unknown[]): FieldCheck =>
  (value) =>
    values.includes(value);

/** The accepted values of each setting. */
const SETTING_CHECKS: Readonly<Record<keyof Settings, FieldCheck>> = {
  readabilityTarget: isNumberIn(1, 20),
  autosaveDelayMs: isNumberIn(200, 60_000),
  theme: isOneOf(["light", "dark", "system"]),
  editorFontSize: isNumberIn(EDITOR_FONT_SIZE_RANGE.min, EDITOR_FONT_SIZE_RANGE.max),
  exportImages: isOneOf(["inline", "folder"]),
  exportTheme: isOneOf(["auto", "light", "dark"]),
  spellcheckLanguage: isOneOf(["off", ...SPELLING_LANGUAGES.map((language) => language.tag)]),
};

/** True when `key` names a setting and `value` is acceptable for it. */
export function isValidSetting(key: string, value: unknown): boolean {
  return Object.prototype.hasOwnProperty.call(SETTING_CHECKS, key) && SETTING_CHECKS[key as keyof Settings](value);
}

/** The settings' names. */
export const SETTING_NAMES = Object.keys(SETTING_CHECKS) as (keyof Settings)[];

/** What went wrong with the settings file at start, for the window to tell the writer once. */
export interface SettingsFileProblem {
  /** What was wrong, in the writer's words. */
  readonly message: string;
  /** Where the unreadable file was copied before it was replaced (absolute), or null when it could not be read at all. */
  readonly copy: string | null;
}
