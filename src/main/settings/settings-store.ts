/**
 * The writer's preferences and last posts folder, in a small JSON file in the app data folder.
 * Loading never fails: a missing file gives the defaults; a corrupt one or one with invalid values
 * is copied aside (`settings.json.broken-<time>`), replaced by what could be kept plus the
 * defaults, and reported once, because a broken settings file must not stop anyone from writing
 * nor lose what the writer had set.
 */
import { copyFile, mkdir, readFile } from "node:fs/promises";
import path from "node:path";
import { ApiError } from "../../shared/api/errors";
import { DEFAULT_SETTINGS, isValidSetting, SETTING_NAMES, type Settings, type SettingsFileProblem } from "../../shared/model/settings";
import { writeFileAtomic } from "../library/atomic-write";
import { asFileAction } from "../library/file-errors";

export { DEFAULT_SETTINGS } from "../../shared/model/settings";

/** What the settings file holds: the writer's preferences and the posts folder they last opened. */
export interface StoredSettings extends Settings {
  readonly postsFolder?: string;
}

const isPostsFolder = (value: unknown) => typeof value === "string" && path.isAbsolute(value);

/** What a settings file holds: its valid fields, and what was wrong with the rest (null when nothing). */
interface ParsedSettings {
  readonly fields: Partial<StoredSettings>;
  readonly problem: string | null;
}

const NOT_SETTINGS = "Clearpost's settings file is damaged (it holds no settings object), so Clearpost uses the default settings.";

/** The valid fields of `value`; unknown fields are ignored (a newer version may have written them). */
function parseFields(value: unknown): ParsedSettings {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return { fields: {}, problem: NOT_SETTINGS };
  const record = value as Record<string, unknown>;
  const fields: Record<string, unknown> = {};
  const invalid: string[] = [];
  for (const key of [...SETTING_NAMES, "postsFolder"]) {
    if (!(key in record)) continue;
    if (key === "postsFolder" ? isPostsFolder(record[key]) : isValidSetting(key, record[key])) fields[key] = record[key];
    else invalid.push(key);
  }
  const problem = invalid.length > 0 ? `Some of Clearpost's settings had values it cannot use (${invalid.join(", ")}), so those are back to their defaults.` : null;
  return { fields: fields as Partial<StoredSettings>, problem };
}

/** The preferences part of stored settings, as the API returns it. */
function preferences(stored: StoredSettings): Settings {
  return Object.fromEntries(SETTING_NAMES.map((key) => [key, stored[key]])) as unknown as Settings;
}

/** The settings file's contents, or null when there is none. */
async function readSettingsText(filePath: string): Promise<string | null> {
  try {
    return await readFile(filePath, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}

/** Settings over one JSON file; loaded on first use, written atomically on every change. */
export class SettingsStore {
  /** Absolute path of the settings file. */
  readonly filePath: string;
  #current: Promise<StoredSettings> | null = null;
  #problem: SettingsFileProblem | null = null;
  /** Writes run one at a time so a later change is never overwritten by an earlier one. */
  #writes: Promise<unknown> = Promise.resolve();

  constructor(filePath: string) {
    this.filePath = filePath;
  }

  #load(): Promise<StoredSettings> {
    this.#current ??= this.#read();
    return this.#current;
  }

  /** Reads the file; when it is broken, keeps a copy, writes what could be kept and notes the problem. */
  async #read(): Promise<StoredSettings> {
    let text: string | null;
    try {
      text = await readSettingsText(this.filePath);
    } catch (error) {
      this.#problem = { message: `Clearpost could not read its settings file (${(error as Error).message}), so it uses the default settings.`, copy: null };
      return DEFAULT_SETTINGS;
    }
    if (text === null) return DEFAULT_SETTINGS;
    let parsed: ParsedSettings;
    try {
      parsed = parseFields(JSON.parse(text));
    } catch {
      parsed = { fields: {}, problem: "Clearpost's settings file is damaged (it is not valid JSON), so Clearpost uses the default settings." };
    }
    const loaded: StoredSettings = { ...DEFAULT_SETTINGS, ...parsed.fields };
    if (parsed.problem === null) return loaded;
    const copy = `${this.filePath}.broken-${new Date().toISOString().replace(/[:.]/g, "-")}`;
    try {
      await copyFile(this.filePath, copy);
      await writeFileAtomic(this.filePath, `${JSON.stringify(loaded, null, 2)}\n`);
      this.#problem = { message: `${parsed.problem} The old file was kept as ${path.basename(copy)}.`, copy };
    } catch (error) {
      // The broken file stays where it is when no copy could be made: nothing the writer set is lost.
      this.#problem = { message: `${parsed.problem} (${(error as Error).message})`, copy: null };
    }
    return loaded;
  }

  #change(patch: Partial<StoredSettings>): Promise<StoredSettings> {
    const write = this.#writes.then(async () => {
      const next: StoredSettings = { ...(await this.#load()), ...patch };
      await asFileAction("save", this.filePath, async () => {
        await mkdir(path.dirname(this.filePath), { recursive: true });
        await writeFileAtomic(this.filePath, `${JSON.stringify(next, null, 2)}\n`);
      });
      this.#current = Promise.resolve(next);
      return next;
    });
    this.#writes = write.catch(() => undefined);
    return write;
  }

  /** The writer's preferences. */
  async get(): Promise<Settings> {
    return preferences(await this.#load());
  }

  /** What was wrong with the settings file when it was loaded, or null when nothing was; told once, so a reloaded window does not repeat it. */
  async takeProblem(): Promise<SettingsFileProblem | null> {
    await this.#load();
    const problem = this.#problem;
    this.#problem = null;
    return problem;
  }

  /** The posts folder the writer last opened, if any. */
  async postsFolder(): Promise<string | undefined> {
    return (await this.#load()).postsFolder;
  }

  /** Changes some preferences and returns them all; refuses unknown fields and out-of-range values. */
  async update(patch: Partial<Settings>): Promise<Settings> {
    const rejected = Object.entries(patch).filter(([key, value]) => !isValidSetting(key, value));
    if (rejected.length > 0) throw new ApiError("invalid-argument", `These settings cannot be set to those values: ${rejected.map(([key]) => key).join(", ")}.`);
    return preferences(await this.#change(patch));
  }

  /** Remembers the posts folder to open next time. */
  async rememberPostsFolder(folder: string): Promise<void> {
    await this.#change({ postsFolder: path.resolve(folder) });
  }
}
