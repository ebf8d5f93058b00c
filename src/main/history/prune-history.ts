/**
 * Which earlier versions of a post to let go. Recent ones all stay; older ones thin out to one per
 * five minutes, then one per hour, then one per day; and at most 50 versions, 90 days and 20 MB
 * per post are kept. Autosave saves often, so without thinning 50 versions would span minutes.
 */

/** A kept version as the pruning sees it. */
export interface KeptVersion {
  readonly name: string;
  readonly savedMs: number;
  readonly bytes: number;
}

export interface HistoryLimits {
  readonly maxVersions: number;
  readonly maxAgeMs: number;
  readonly maxBytes: number;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** The limits of issue 6: at most 50 versions a post, pruned by age and size. */
export const HISTORY_LIMITS: HistoryLimits = { maxVersions: 50, maxAgeMs: 90 * DAY, maxBytes: 20 * 1024 * 1024 };

/** Up to this age every version stays; beyond it, the newest version of each bucket of this width. */
const TIERS: readonly { readonly upToAgeMs: number; readonly bucketMs: number }[] = [
  { upToAgeMs: 10 * MINUTE, bucketMs: 0 },
  { upToAgeMs: HOUR, bucketMs: 5 * MINUTE },
  { upToAgeMs: DAY, bucketMs: HOUR },
  { upToAgeMs: Infinity, bucketMs: DAY },
];

/** The bucket `version` falls in at `now` (absolute time slots, so pruning again changes nothing), or null to keep it unconditionally. */
function bucketOf(version: KeptVersion, now: number): string | null {
  const age = now - version.savedMs;
  const tier = TIERS.find((candidate) => age <= candidate.upToAgeMs) ?? TIERS[TIERS.length - 1];
  if (!tier || tier.bucketMs === 0) return null;
  return `${tier.bucketMs}:${Math.floor(version.savedMs / tier.bucketMs)}`;
}

/** The names of the versions to delete at `now`. */
export function versionsToPrune(versions: readonly KeptVersion[], now: number, limits: HistoryLimits = HISTORY_LIMITS): string[] {
  const newestFirst = [...versions].sort((a, b) => b.savedMs - a.savedMs);
  const seenBuckets = new Set<string>();
  const kept: KeptVersion[] = [];
  let bytes = 0;
  for (const version of newestFirst) {
    if (now - version.savedMs > limits.maxAgeMs || kept.length >= limits.maxVersions) continue;
    const bucket = bucketOf(version, now);
    if (bucket !== null && seenBuckets.has(bucket)) continue;
    // The newest version always stays, however large; older ones only while the post's history fits.
    if (kept.length > 0 && bytes + version.bytes > limits.maxBytes) continue;
    if (bucket !== null) seenBuckets.add(bucket);
    kept.push(version);
    bytes += version.bytes;
  }
  const keptNames = new Set(kept.map((version) => version.name));
  return versions.filter((version) => !keptNames.has(version.name)).map((version) => version.name);
}
