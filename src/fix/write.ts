/**
 * Writes a fixed catalog keeping everything but the fixed values: through a symbolic link to its
 * target, with the file's mode and owner, atomically (a temporary file beside the target, then a
 * rename), and only if the file is still the one that was read.
 *
 * write-file-atomic does the link, mode, owner and rename part, but offers no step between writing
 * its temporary file and the rename, which is where a translator's save must be caught; so this is
 * its protocol with that check added.
 */
import { createHash } from "../hash";
import { constants, promises as fs, type Stats } from "fs";
import path from "path";
import type { InputProblem } from "../types";

/** What the file was when it was read: checked again just before the rename. */
export interface FileSnapshot {
  size: number;
  mtimeMs: number;
  hash: string;
  bytes: Buffer;
}

function digest(bytes: Buffer): string {
  return createHash("sha256").update(bytes).digest("hex");
}

export async function takeSnapshot(file: string): Promise<FileSnapshot> {
  const bytes = await fs.readFile(file);
  const { size, mtimeMs } = await fs.stat(file);
  return { size, mtimeMs, hash: digest(bytes), bytes };
}

async function unchanged(file: string, before: FileSnapshot): Promise<boolean> {
  try {
    const { size, mtimeMs } = await fs.stat(file);
    if (size !== before.size || mtimeMs !== before.mtimeMs) return false;
    return digest(await fs.readFile(file)) === before.hash;
  } catch {
    return false;
  }
}

async function writable(file: string): Promise<boolean> {
  try {
    await fs.access(file, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** Numbers this process's temporary files, so two writes never share one. */
let temporaries = 0;

export interface WriteHooks {
  /** Called with the file's real path once the new text is ready beside it, before the check and the rename. */
  beforeRename?(file: string): void | Promise<void>;
}

/**
 * Replaces the file's content by `content` and returns undefined, or leaves the file as it is and
 * returns the problem: not a plain file, hard-linked, read-only, changed since `before`, or unwritable.
 */
export async function writeFixed(file: string, content: string, before: FileSnapshot, displayPath: string, hooks: WriteHooks = {}): Promise<InputProblem | undefined> {
  const problem = (code: string, message: string, hint: string): InputProblem => ({ code, message, hint, file: displayPath });
  let target: string;
  let stat: Stats;
  try {
    target = await fs.realpath(file);
    stat = await fs.stat(target);
  } catch {
    return problem("changed", "changed while fixing (it can no longer be read)", "run again");
  }
  if (!stat.isFile()) return problem("not-a-file", "The catalog is not a plain file", "fix writes only regular files");
  // A new file renamed over one name would split the link; writing in place would not be atomic.
  if (stat.nlink > 1) {
    return problem("hard-linked", `The catalog has ${stat.nlink} hard links: fixing it would split them`, "fix a copy (cp FILE COPY && mv COPY FILE breaks the link), or run fix --dry-run and apply the diff");
  }
  // Root may write anything: a file without write permission bits is read-only by intent.
  if ((stat.mode & 0o222) === 0 || !(await writable(target))) {
    return problem("read-only", "The catalog is read-only", "make it writable (chmod u+w FILE) to fix it, or leave its locale out with --targets");
  }
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${++temporaries}.concord-tmp`);
  const mode = stat.mode & 0o7777;
  try {
    const handle = await fs.open(temporary, "wx", mode);
    try {
      await handle.writeFile(content);
      // The mode given to open is cut by the umask; the owner is the writer's unless set.
      await handle.chmod(mode);
      const made = await handle.stat();
      if (made.uid !== stat.uid || made.gid !== stat.gid) await handle.chown(stat.uid, stat.gid);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await hooks.beforeRename?.(target);
    if (!(await unchanged(target, before))) {
      await fs.rm(temporary, { force: true });
      return problem("changed", "changed while fixing", "run again");
    }
    await fs.rename(temporary, target);
    return undefined;
  } catch (error) {
    await fs.rm(temporary, { force: true });
    const code = (error as NodeJS.ErrnoException).code ?? "write-error";
    if (code === "EPERM") return problem("owner", "Cannot keep the catalog's owner and group (EPERM)", "run fix as the file's owner");
    return problem("cannot-write", `Cannot write the catalog (${code})`, "check the folder's permissions");
  }
}
