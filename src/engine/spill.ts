/**
 * Temporary files for held findings past a budget (engine/held.ts). Each is made under os.tmpdir()
 * (mode 0600) and its name removed at once, so that only the open descriptor holds it: the system
 * frees it when the process ends, however it ends (exit, an error, SIGINT, SIGTERM, even SIGKILL),
 * and Ctrl-C keeps Node's own behaviour. Worker threads share the process's descriptors, but a
 * descriptor a worker opens is closed when it ends: so the parent makes each worker's file, hands it
 * over by number (environment data) and reads it back after.
 */
import { closeSync, openSync, readSync, unlinkSync, writeSync } from "fs";
import { tmpdir } from "os";
import path from "path";
import { getEnvironmentData, isMainThread, setEnvironmentData, threadId } from "worker_threads";
import { ConfigError } from "../errors";

let made = 0;
/** The environment data naming the file a worker thread spills to. */
const WORKER_FILE = "concord-spill-fd";
let workerFileTaken = false;

/** A failure to make or write a spill file (no such folder, no room) as the one line a user can act on. */
function cannotSpill(error: unknown): ConfigError {
  const code = (error as NodeJS.ErrnoException).code ?? "error";
  return new ConfigError({ code: "cannot-spill", message: `Cannot write a temporary file for the findings in ${tmpdir()} (${code})`, hint: "set TMPDIR to a writable folder with room" });
}

/** A new file under tmpdir() for this user alone, its name removed at once: its descriptor. */
function openNameless(): number {
  const file = path.join(tmpdir(), `concord-held-${process.pid}-${threadId}-${made++}-${Date.now()}`);
  const fd = openSync(file, "wx+", 0o600);
  unlinkSync(file);
  return fd;
}

/** An append-only file of byte ranges, nameless once made: written by the HeldFindings that made it, read back by offset. */
export class SpillFile {
  private written = 0;

  private constructor(private fd: number | undefined) {}

  /** A new, empty file, readable and writable by the user alone, its name already gone (in a worker: the one its parent made). */
  static create(): SpillFile {
    const given = isMainThread || workerFileTaken ? undefined : getEnvironmentData(WORKER_FILE);
    if (typeof given === "number") {
      workerFileTaken = true;
      return new SpillFile(given);
    }
    // A worker whose parent could not make its file: a file made here would close with the worker.
    if (typeof given === "string") throw cannotSpill({ code: given });
    try {
      return new SpillFile(openNameless());
    } catch (error) {
      throw cannotSpill(error);
    }
  }

  /** The file another thread of this process wrote, by its descriptor (see `descriptor`). */
  static adopt(fd: number): SpillFile {
    return new SpillFile(fd);
  }

  /**
   * Starts a worker thread (`start`) with a file made for it, which it takes as its own (`create`).
   * When none can be made (no such TMPDIR, a read-only one) the worker starts without, and fails
   * with the same one line only if it must spill: most runs never do.
   */
  static forWorker<T>(start: () => T): { spill: SpillFile | undefined; worker: T } {
    let spill: SpillFile | undefined;
    try {
      spill = new SpillFile(openNameless());
      setEnvironmentData(WORKER_FILE, spill.descriptor);
    } catch (error) {
      setEnvironmentData(WORKER_FILE, (error as NodeJS.ErrnoException).code ?? "error");
    }
    try {
      return { spill, worker: start() };
    } finally {
      // Workers started later (by other code) are not handed this file.
      setEnvironmentData(WORKER_FILE, undefined);
    }
  }

  /** The open descriptor: what another thread of this process adopts. */
  get descriptor(): number {
    if (this.fd === undefined) throw new Error("The spill file was closed");
    return this.fd;
  }

  /** Appends `bytes`; returns the offset they start at. */
  append(bytes: Uint8Array): number {
    const offset = this.written;
    try {
      for (let done = 0; done < bytes.length; ) done += writeSync(this.descriptor, bytes, done, bytes.length - done, offset + done);
    } catch (error) {
      throw cannotSpill(error);
    }
    this.written += bytes.length;
    return offset;
  }

  read(offset: number, length: number): Buffer {
    const bytes = Buffer.allocUnsafe(length);
    for (let done = 0; done < length; ) {
      const read = readSync(this.descriptor, bytes, done, length - done, offset + done);
      if (read === 0) throw new Error(`The spill file ends before byte ${offset + length}`);
      done += read;
    }
    return bytes;
  }

  /** Closes the descriptor, which frees the file. */
  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }
}
