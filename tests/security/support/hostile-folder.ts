/**
 * A posts folder laid out the way a stranger's folder (a zip, a git clone) or a hostile local
 * user could lay it out: links that lead out of it, and canary files just outside it whose
 * content must never reach the API and whose bytes and times must never change.
 */
import { createHash } from "node:crypto";
import { link, mkdir, mkdtemp, readFile, readdir, rm, stat, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";

/** Text in every canary: an API answer that contains it has read a file outside the posts folder. */
export const CANARY_SECRET = "CANARY-3f9c1e-never-leaves-its-file";

/** The temp home: `home/posts` is the posts folder, everything else in `home` is outside it. */
export interface HostileFolder {
  readonly home: string;
  readonly folder: string;
  /** `home/canary.md`: a Markdown file, so the extension rule alone does not protect it. */
  readonly canary: string;
  remove(): Promise<void>;
}

/** Every file under `home` except those inside the `skip` folders: relative path -> sha256, size, mtime, inode. */
export async function fingerprintOutside(home: string, ...skip: string[]): Promise<Record<string, string>> {
  const prints: Record<string, string> = {};
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (skip.includes(full)) continue;
      if (entry.isDirectory()) await walk(full);
      else if (entry.isFile()) {
        const [bytes, info] = await Promise.all([readFile(full), stat(full)]);
        prints[relative(home, full)] = `${createHash("sha256").update(bytes).digest("hex")} ${info.size} ${info.mtimeMs} ${info.ino}`;
      } else prints[relative(home, full)] = "link or special file";
    }
  };
  await walk(home);
  return prints;
}

/** Creates the hostile layout in a fresh temp folder. */
export async function createHostileFolder(): Promise<HostileFolder> {
  const home = await mkdtemp(join(tmpdir(), "clearpost-hostile-"));
  const folder = join(home, "posts");
  const canary = join(home, "canary.md");
  await mkdir(join(folder, "sub"), { recursive: true });
  await mkdir(join(home, "outside-dir"));
  await writeFile(canary, `---\ntitle: Canary\n---\n\n${CANARY_SECRET}\n`);
  await writeFile(join(home, "canary.txt"), `${CANARY_SECRET} (plain text)\n`);
  await writeFile(join(home, "outside-dir", "secret.md"), `# Secret\n\n${CANARY_SECRET}\n`);
  await writeFile(join(folder, "victim.md"), "# Victim\n\nA post of the writer's own.\n");
  await writeFile(join(folder, "sub", "inner.md"), "# Inner\n");
  // Links a stranger's folder can carry (tar and git keep symlinks), relative and absolute.
  await symlink("../canary.md", join(folder, "link-out.md"));
  await symlink(canary, join(folder, "link-out-absolute.md"));
  await symlink("../outside-dir", join(folder, "linked-dir"), "dir");
  await symlink("../outside-dir/not-yet.md", join(folder, "dangling-link.md"));
  await symlink("../not-there", join(folder, "dangling-dir"), "dir");
  await symlink("../../canary.md", join(folder, "sub", "deep-link.md"));
  await symlink("loop-b.md", join(folder, "loop-a.md"));
  await symlink("loop-a.md", join(folder, "loop-b.md"));
  // A hard link shares the canary's bytes from inside the folder: no path says it leads out.
  await link(canary, join(folder, "hard-link.md"));
  // The same for images, which the asset route and scheme serve: a canary image outside, links to it inside.
  await writeFile(join(home, "canary.png"), `\x89PNG fake ${CANARY_SECRET}`);
  await writeFile(join(home, "outside-dir", "secret.png"), `\x89PNG fake ${CANARY_SECRET}`);
  await writeFile(join(folder, "sub", "photo.png"), "\x89PNG fake, the writer's own");
  await symlink("../canary.png", join(folder, "img-link.png"));
  await link(join(home, "canary.png"), join(folder, "img-hard.png"));
  await mkdir(join(folder, ".git"));
  await writeFile(join(folder, ".git", "hidden.png"), `\x89PNG fake ${CANARY_SECRET}`);
  return { home, folder, canary, remove: () => rm(home, { recursive: true, force: true }) };
}
