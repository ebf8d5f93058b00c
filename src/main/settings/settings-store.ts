/**
 * The writer's preferences and last posts folder, in a small JSON file in the app data folder.
 * Loading never fails: a missing, unreadable or corrupt file gives the defaults, because a
 * broken settings file must not stop anyone from writing.
 */
import { mkdir, readFile } from "node:fs/promises";
import path from "node:path";
import { ApiError } from "../../shared/api/errors";
import type { Settings } from "../../shared/model/post";
import { writeFileAtomic } from "../library/atomic-write";
import { asFileAction } from "../library/file-errors";

/** What the settings file holds: the writer's preferences and the posts folder they last opened. */
export interface StoredSettings extends Settings {
  readonly postsFolder?: string;
}

/** Preferences before the writer changes anything. */
export const DEFAULT_SETTINGS: Settings = { readabilityTarget: 8, autosaveDelayMs: 1500 };

type FieldCheck = (value: unknown) => boolean;

const isNumberIn = (min: number, max: number): FieldCheck => (value) => typeof value === "number" && Number.isFinite(value) && value >= min && value <= max;

/** The accepted values of each stored field; the ranges match the API contract's checks. */
const FIELD_CHECKS: Readonly<Record<keyof StoredSettings, FieldCheck>> = {
  readabilityTarget: isNumberIn(1, 20),
  autosaveDelayMs: isNumberIn(200, 60_000),
  postsFolder: (value) => typeof value === "string" && path.isAbsolute(value),
};

/** The valid fields of `value`, ignoring unknown or invalid ones. */
function validFields(value: unknown): Partial<StoredSettings> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return {};
  const record = value as Record<string, unknown>;
  const fields: Record<string, unknown> = {};
  for (const [key, check] of Object.entries(FIELD_CHECKS)) if (check(record[key])) fields[key] = record[key];
  return fields as Partial<StoredSettings>;
}

/** The preferences part of stored settings, as the API returns it. */
function preferences(stored: StoredSettings): Settings {
  return { readabilityTarget: stored.readabilityTarget, autosaveDelayMs: stored.autosaveDelayMs };
}

/** Settings over one JSON file; loaded on first use, written atomically on every change. */
export class SettingsStore {
  /** Absolute path of the settings file. */
  readonly filePath: string;
  #current: Promise<StoredSettings> | null = null;
  /** Writes run one at a time so a later change is never overwritten by an earlier one. */
  #writes: Promise<unknown> = Promise.resolve();

  constructor(filePath: string) {
    this.filePath = filePath;
  }

  #load(): Promise<StoredSettings> {
    this.#current ??= readFile(this.filePath, "utf8")
      .then((text) => JSON.parse(text) as unknown)
      .catch(() => null)
      .then((data) => ({ ...DEFAULT_SETTINGS, ...validFields(data) }));
    return this.#current;
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

  /** The posts folder the writer last opened, if any. */
  async postsFolder(): Promise<string | undefined> {
    return (await this.#load()).postsFolder;
  }

  /** Changes some preferences and returns them all; refuses unknown fields and out-of-range values. */
  async update(patch: Partial<Settings>): Promise<Settings> {
    const valid = validFields(patch);
    const rejected = Object.keys(patch).filter((key) => key === "postsFolder" || !(key in valid));
    if (rejected.length > 0) throw new ApiError("invalid-argument", `These settings cannot be set to those values: ${rejected.join(", ")}.`);
    return preferences(await this.#change(valid));
  }

  /** Remembers the posts folder to open next time. */
  async rememberPostsFolder(folder: string): Promise<void> {
    await this.#change({ postsFolder: path.resolve(folder) });
  }
}
