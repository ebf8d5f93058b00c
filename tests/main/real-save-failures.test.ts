/**
 * Saves that the machine refuses, for real: a full disk (a tiny tmpfs) and a folder the writer may
 * not write to. These tests run as root in CI, and root ignores permission bits, so the
 * permission test saves from a child process running as the unprivileged user `nobody`; the full
 * disk needs root to mount, and says it was skipped where mounting is not allowed.
 */
import { execFile } from "node:child_process";
import { chmod, mkdir, readFile, readdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { useChildScript } from "./support/child-script";
import { libraryFor } from "./support/library";
import { useTempFolders } from "./support/temp-folder";

const run = promisify(execFile);
const isRoot = process.getuid?.() === 0;
/** The unprivileged user of Debian and most Linux systems. */
const NOBODY = 65534;

/** Mounts a tmpfs of `size` at `folder`; false where that is not allowed (not root, or a locked-down container). */
async function mountTinyDisk(folder: string, size: string): Promise<boolean> {
  if (!isRoot) return false;
  try {
    await run("mount", ["-t", "tmpfs", "-o", `size=${size}`, "tmpfs", folder]);
    return true;
  } catch {
    return false;
  }
}

describe("a full disk", () => {
  const tempFolder = useTempFolders();
  const mounted: string[] = [];
  afterEach(async () => {
    for (const folder of mounted.splice(0)) await run("umount", [folder]);
  });

  it("refuses the save with a clear message, keeps the post as it was and leaves no temp file", async (context) => {
    const disk = await tempFolder();
    if (!(await mountTinyDisk(disk, "64k"))) return context.skip("mounting a tmpfs needs root; the full disk is simulated in save-failure.test.ts");
    mounted.push(disk);
    const published = `# Published\n\n${"Words that must survive. ".repeat(1_000)}\n`;
    await writeFile(path.join(disk, "post.md"), published);
    const library = libraryFor(disk);
    const { version } = await library.read("post.md");
    await expect(library.save("post.md", `${published}${"More. ".repeat(20_000)}`, version)).rejects.toMatchObject({
      code: "io",
      message: 'The disk is full, so Clearpost could not write "post.md". Free some space and try again.',
    });
    expect(await readFile(path.join(disk, "post.md"), "utf8")).toBe(published);
    expect(await readdir(disk)).toEqual(["post.md"]);
  });
});

describe("a folder the writer may not write to", () => {
  const tempFolder = useTempFolders();
  const script = useChildScript("tests/main/support/save-once.ts");

  it("refuses the save saying Clearpost is not allowed to write, and keeps the post", async () => {
    const home = await tempFolder();
    const folder = path.join(home, "posts");
    await mkdir(folder);
    await writeFile(path.join(folder, "post.md"), "Kept.\n");
    await chmod(home, 0o755);
    await chmod(folder, 0o555);
    const { stdout } = await run(process.execPath, [script(), folder, "post.md", "Replaced.\n"], isRoot ? { uid: NOBODY, gid: NOBODY } : {});
    expect(JSON.parse(stdout)).toEqual({ ok: false, code: "io", message: expect.stringMatching(/^Clearpost is not allowed to write "post.md"/) });
    expect(await readFile(path.join(folder, "post.md"), "utf8")).toBe("Kept.\n");
    expect(await readdir(folder)).toEqual(["post.md"]);
    await chmod(folder, 0o755);
  });
});
