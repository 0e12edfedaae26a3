/**
 * Writes an output file (--output, baseline, init, report): a regular file atomically (a temporary
 * file in the same folder, then a rename over it); a device, a FIFO or /dev/stdout in place, since
 * a rename would replace the special file itself with a plain one.
 */
import { mkdirSync, promises as fs, type Stats } from "fs";
import path from "path";
import { ConfigError } from "../errors";

/** Paths under these name devices and descriptors (/dev/stdout, /proc/self/fd/1) even when they lead to a regular file. */
const SPECIAL_ROOTS = ["/dev/", "/proc/"];

async function statOrUndefined(file: string): Promise<Stats | undefined> {
  try {
    return await fs.stat(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}

function cannotWrite(file: string, code: string): ConfigError {
  const hints: Record<string, string> = {
    ENOENT: "check the path, or choose another --output-file",
    EISDIR: "the path is a folder: give a file name inside it",
  };
  return new ConfigError({ code: "cannot-write", message: `Cannot write ${file} (${code})`, hint: hints[code] ?? "check the path and its permissions", file });
}

/** A failed write as a ConfigError; an error that is not the file system's (a formatter's, from `content`) as it was. */
function writeFailure(file: string, error: unknown): unknown {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === "string" && /^E[A-Z]+$/.test(code) ? cannotWrite(file, code) : error;
}

/** `content` may come in pieces (a report written a finding at a time); it is read once. */
export async function writeAtomic(file: string, content: string | Iterable<string | Uint8Array>): Promise<void> {
  const absolute = path.resolve(file);
  let stats: Stats | undefined;
  try {
    stats = await statOrUndefined(absolute);
  } catch (error) {
    throw cannotWrite(file, (error as NodeJS.ErrnoException).code ?? "write-error");
  }
  if (stats?.isDirectory()) throw cannotWrite(file, "EISDIR");
  if (stats && (!stats.isFile() || SPECIAL_ROOTS.some((root) => absolute.startsWith(root)))) {
    try {
      await fs.writeFile(absolute, content);
    } catch (error) {
      throw writeFailure(file, error);
    }
    return;
  }
  // A symbolic link stays a link: its target is the file replaced.
  const target = stats ? await fs.realpath(absolute) : absolute;
  const dir = path.dirname(target);
  // The same folder as the target, so that the rename cannot cross file systems.
  const temporary = path.join(dir, `.${path.basename(target)}.${process.pid}.${Date.now()}.concord-tmp`);
  try {
    await fs.writeFile(temporary, content, { flag: "wx", ...(stats ? { mode: stats.mode & 0o7777 } : {}) });
    await fs.rename(temporary, target);
  } catch (error) {
    await fs.rm(temporary, { force: true });
    throw writeFailure(file, error);
  }
}

/** Writes a report or a file a command makes, relative to the working folder, making its folder first. */
export async function writeOutput(cwd: string, file: string, content: string | Iterable<string | Uint8Array>): Promise<void> {
  const target = path.resolve(cwd, file);
  try {
    mkdirSync(path.dirname(target), { recursive: true });
  } catch (error) {
    throw new ConfigError({ code: "cannot-write", message: `Cannot make the folder for ${file} (${(error as NodeJS.ErrnoException).code ?? "error"})`, hint: "choose another --output-file path", file });
  }
  await writeAtomic(target, content);
}
