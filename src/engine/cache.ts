/**
 * `--cache`: each namespace's findings kept under a hash of its files, the settings, Concord's and
 * Node's versions (as ESLint's --cache keeps a file's messages), so that a re-run checks only what
 * changed. A file whose size, mtime, ctime, inode and device are those recorded is not read again;
 * one whose stat differs is read and hashed (docs/cache.md). One file (`.concordcache` by default):
 * a header line, an index (JSON) and the findings serialized as the run holds them (held.ts) with
 * their JSON as the report writes it, so that a namespace answered from the cache costs a stat of
 * its files and a slice of the cache. Rewritten whole and atomically when a run changed an entry;
 * unreadable, truncated or another version's, it is ignored and rebuilt.
 */
import { createHash } from "../hash";
import { closeSync, openSync, readFileSync, renameSync, rmSync, writeSync, writevSync } from "fs";
import { deserialize } from "v8";
import { MAX_CATALOG_BYTES, statQuietly } from "../catalog/loader";
import type { NamespaceFile } from "../catalog/tree";
import { packageInfo } from "../package-info";
import type { AlignedNamespace, Finding, InputProblem } from "../types";
import { isSafeJsonBytes } from "../text/escape";
import type { HeldGroup } from "./held";

export const DEFAULT_CACHE_LOCATION = ".concordcache";

const MAGIC = "concord-cache 4\n";

/**
 * A file changed this recently (mtime or ctime, against the clock when its stat was taken) may
 * change again within the file system's timestamp step without its stat showing it (git's "racy
 * clean" files): its stat is not recorded, so the next run reads it. Two seconds cover FAT's step.
 */
const RACY_MS = 2000;

/** A present file's stat: size, mtime, ctime, inode and device (a file replaced, or a link pointed elsewhere, changes one). */
type Stat = [number, number, number, number, number];

/** A file as an entry records it: its stat, [] when absent, null when its stat cannot be trusted (too recent, or unreadable). */
export type Stamp = Stat | [] | null;

export interface SeverityCounts {
  errors: number;
  warnings: number;
  infos: number;
}

/** What a namespace's check left, as the run loop keeps it. */
export interface CacheEntry {
  /** The settings, then each file's presence and bytes. */
  hash: string;
  /** Each file's stat when it was read (source, then targets, as namespaceFiles lists them). */
  stamps: Stamp[];
  files: number;
  paragraphs: number;
  problems: InputProblem[];
  /** The findings' severities (before ignores and baseline, as the groups hold them). */
  counts: SeverityCounts;
  /** The findings grouped and serialized as HeldFindings holds them. */
  groups: HeldGroup[];
  /** For each finding of the groups in turn, its place in the kernel's order (which ignores and a baseline read). */
  order: number[];
  /** The namespace's alignment, serialized, when the settings keep it. */
  alignment?: Buffer;
}

/** A namespace looked up: its entry, or what a check of it starts from (the bytes already read, the hash and stamps to keep). */
export type Lookup = { entry: CacheEntry } | { miss: { hash: string; stamps: Stamp[]; bytes: Map<string, Buffer> } };

/** An entry as the index holds it: its buffers as ranges of the blob after the index. */
interface IndexEntry {
  hash: string;
  stamps: Stamp[];
  files: number;
  paragraphs: number;
  problems: InputProblem[];
  counts: [number, number, number];
  /** Each group's findings, then (when kept) their JSON as the report writes it. */
  groups: Array<[file: string, count: number, at: number, length: number] | [file: string, count: number, at: number, length: number, jsonAt: number, jsonLength: number]>;
  order: number[];
  alignment?: [at: number, length: number];
}

interface Header {
  key: string;
  index: number;
  blob: number;
  sha256: string;
}

const isCount = (n: unknown): n is number => Number.isInteger(n) && (n as number) >= 0;
const isStamp = (stamp: unknown): stamp is Stamp => stamp === null || (Array.isArray(stamp) && (stamp.length === 0 || (stamp.length === 5 && stamp.every((n) => typeof n === "number"))));

/** The entries of a cache file's bytes, or undefined when they are not a whole cache written under `key`. */
function decode(bytes: Buffer, key: string): Map<string, CacheEntry> | undefined {
  if (bytes.toString("latin1", 0, MAGIC.length) !== MAGIC) return undefined;
  const headerEnd = bytes.indexOf(10, MAGIC.length);
  if (headerEnd < 0) return undefined;
  const header = JSON.parse(bytes.toString("utf8", MAGIC.length, headerEnd)) as Header;
  if (header?.key !== key || !isCount(header.index) || !isCount(header.blob)) return undefined;
  const body = headerEnd + 1;
  if (bytes.length !== body + header.index + header.blob) return undefined;
  if (createHash("sha256").update(bytes.subarray(body)).digest("hex") !== header.sha256) return undefined;
  const blobAt = body + header.index;
  const index = JSON.parse(bytes.toString("utf8", body, blobAt)) as Record<string, IndexEntry>;
  if (typeof index !== "object" || index === null) return undefined;
  const slice = (at: unknown, length: unknown) => {
    if (!isCount(at) || !isCount(length) || at + length > header.blob) throw new RangeError("outside the cache");
    return bytes.subarray(blobAt + at, blobAt + at + length);
  };
  const entries = new Map<string, CacheEntry>();
  for (const [namespace, e] of Object.entries(index)) {
    if (typeof e?.hash !== "string" || !Array.isArray(e.stamps) || !e.stamps.every(isStamp) || !isCount(e.files) || !isCount(e.paragraphs) || !Array.isArray(e.problems)) return undefined;
    if (!Array.isArray(e.counts) || !e.counts.every(isCount) || !Array.isArray(e.groups) || !Array.isArray(e.order) || !e.order.every(isCount)) return undefined;
    const groups = e.groups.map(([file, count, at, length, jsonAt, jsonLength]): HeldGroup => {
      if (typeof file !== "string" || !isCount(count)) throw new RangeError("not a group");
      if (jsonAt === undefined) return { file, count, bytes: slice(at, length) };
      // The JSON is copied into reports as it is: it must be what the report writes, escaped.
      const json = slice(jsonAt, jsonLength);
      if ((count > 0 && json.length === 0) || !isSafeJsonBytes(json)) throw new RangeError("not a report's JSON");
      return { file, count, bytes: slice(at, length), json };
    });
    if (e.order.length !== groups.reduce((sum, group) => sum + group.count, 0)) return undefined;
    const [errors, warnings, infos] = e.counts;
    entries.set(namespace, {
      hash: e.hash,
      stamps: e.stamps,
      files: e.files,
      paragraphs: e.paragraphs,
      problems: e.problems,
      counts: { errors, warnings, infos },
      groups,
      order: e.order,
      ...(e.alignment ? { alignment: slice(e.alignment[0], e.alignment[1]) } : {}),
    });
  }
  return entries;
}

/** The bytes of a cache file holding `entries`, written under `key`, in pieces (written as they are, not joined). */
function encode(entries: ReadonlyMap<string, CacheEntry>, key: string): Uint8Array[] {
  const parts: Uint8Array[] = [];
  let at = 0;
  const place = (bytes: Uint8Array): [number, number] => {
    parts.push(bytes);
    at += bytes.length;
    return [at - bytes.length, bytes.length];
  };
  const index: Record<string, IndexEntry> = Object.create(null);
  for (const [namespace, entry] of entries) {
    index[namespace] = {
      hash: entry.hash,
      stamps: entry.stamps,
      files: entry.files,
      paragraphs: entry.paragraphs,
      problems: entry.problems,
      counts: [entry.counts.errors, entry.counts.warnings, entry.counts.infos],
      groups: entry.groups.map((group) => (group.json ? [group.file, group.count, ...place(group.bytes), ...place(group.json)] : [group.file, group.count, ...place(group.bytes)])),
      order: entry.order,
      ...(entry.alignment ? { alignment: place(entry.alignment) } : {}),
    };
  }
  const indexBytes = Buffer.from(JSON.stringify(index));
  const sha256 = createHash("sha256").update(indexBytes);
  for (const part of parts) sha256.update(part);
  const header: Header = { key, index: indexBytes.length, blob: at, sha256: sha256.digest("hex") };
  return [Buffer.from(`${MAGIC}${JSON.stringify(header)}\n`), indexBytes, ...parts];
}

/** Writes the pieces in order, a writev of up to 1,024 (IOV_MAX) at a time; after a short write, the rest piece by piece. */
function writeAll(fd: number, pieces: readonly Uint8Array[]): void {
  for (let i = 0; i < pieces.length; i += 1024) {
    const batch = pieces.slice(i, i + 1024);
    let written = writevSync(fd, batch);
    for (const piece of batch) {
      let at = Math.min(written, piece.length);
      written -= at;
      while (at < piece.length) at += writeSync(fd, piece, at);
    }
  }
}

function sameStat(a: Stat, b: Stat): boolean {
  return a[0] === b[0] && a[1] === b[1] && a[2] === b[2] && a[3] === b[3] && a[4] === b[4];
}

function sameStamps(a: readonly Stamp[], b: readonly Stamp[]): boolean {
  const same = (x: Stamp, y: Stamp) => (x === null || y === null ? x === y : x.length === 0 || y.length === 0 ? x.length === y.length : sameStat(x, y));
  return a.length === b.length && a.every((stamp, i) => same(stamp, b[i]));
}

export class FindingsCache {
  /** Misses found by holds(), each kept until its namespace is looked up again (so its files are read once). */
  private readonly missed = new Map<string, Lookup>();
  private readonly fresh = new Map<string, CacheEntry>();
  /** Namespaces found current this run: a second look (a pre-pass, then the run) stats nothing again. */
  private readonly current = new Map<string, CacheEntry>();

  private constructor(
    readonly file: string,
    /** Concord's and Node's versions and the run's settings, hashed: what every entry was made under. */
    private readonly key: string,
    private readonly entries: Map<string, CacheEntry>,
  ) {}

  /**
   * The cache at `file` for a run under `settings`; empty when there is none, or when it is
   * unreadable, truncated, or another version's or settings' (it is only a cache).
   */
  static open(file: string, settings: string): FindingsCache {
    const key = createHash("sha256").update(`concord@${packageInfo().version}\u0000node@${process.version}\u0000${settings}`).digest("hex");
    let entries: Map<string, CacheEntry> | undefined;
    try {
      entries = decode(readFileSync(file), key);
    } catch {
      entries = undefined;
    }
    return new FindingsCache(file, key, entries ?? new Map());
  }

  /** The hash an entry is kept under: the settings, then each file's place, presence and bytes (or size, when too large to read). */
  private hashOf(files: readonly NamespaceFile[], bytes: ReadonlyMap<string, Buffer>, sizes: ReadonlyArray<number | undefined>): string {
    const hash = createHash("sha256").update(this.key);
    files.forEach(({ file, present }, i) => {
      const read = bytes.get(file);
      hash.update(`\u0000${i}\u0000${present ? (read ? `bytes ${read.length}` : `unread ${sizes[i] ?? -1}`) : "absent"}\u0000`);
      if (read) hash.update(read);
    });
    return hash.digest("hex");
  }

  /**
   * A namespace's entry when its files are those it was made from: by their stat when every stat
   * is the one recorded, else by their bytes (then read, and handed on for the check).
   */
  lookup(namespace: string, files: readonly NamespaceFile[]): Lookup {
    const known = this.current.get(namespace);
    if (known) return { entry: known };
    const waiting = this.missed.get(namespace);
    if (waiting) {
      this.missed.delete(namespace);
      return waiting;
    }
    const now = Date.now();
    const stats = files.map(({ file, present }): Stat | [] | undefined => {
      if (!present) return [];
      const stat = statQuietly(file);
      return stat ? [stat.size, stat.mtimeMs, stat.ctimeMs, stat.ino, stat.dev] : undefined;
    });
    const kept = this.fresh.get(namespace) ?? this.entries.get(namespace);
    const unchanged = (stamp: Stamp, i: number) => {
      const stat = stats[i];
      return stamp !== null && stat !== undefined && (stamp.length === 0 || stat.length === 0 ? stamp.length === stat.length : sameStat(stamp, stat));
    };
    if (kept && kept.stamps.length === files.length && kept.stamps.every(unchanged)) {
      this.current.set(namespace, kept);
      return { entry: kept };
    }
    // Read after the stat: a file changed in between is read new under its old stat, which the next run finds changed.
    const bytes = new Map<string, Buffer>();
    files.forEach(({ file }, i) => {
      const stat = stats[i];
      if (stat?.length !== 5 || stat[0] > MAX_CATALOG_BYTES) return;
      try {
        bytes.set(file, readFileSync(file));
      } catch {
        // Unreadable: the check reports it, and the hash says it was not read.
      }
    });
    const stamps = stats.map((stat, i): Stamp => (stat === undefined || (stat.length === 5 && (!bytes.has(files[i].file) || Math.max(stat[1], stat[2]) > now - RACY_MS)) ? null : stat));
    const hash = this.hashOf(files, bytes, stats.map((stat) => stat?.[0]));
    if (kept?.hash === hash) {
      // The same bytes under a new stat (touched, checked out again): the entry holds, with the new stamps.
      const entry = sameStamps(kept.stamps, stamps) ? kept : { ...kept, stamps };
      if (entry !== kept) this.fresh.set(namespace, entry);
      this.current.set(namespace, entry);
      return { entry };
    }
    return { miss: { hash, stamps, bytes } };
  }

  /** Whether a namespace's entry holds; a miss (its files read and hashed) is kept for the lookup that checks it. */
  holds(namespace: string, files: readonly NamespaceFile[]): boolean {
    const looked = this.lookup(namespace, files);
    if ("miss" in looked) this.missed.set(namespace, looked);
    return "entry" in looked;
  }

  /** Drops the misses holds() kept, when other threads check those namespaces. */
  forgetMisses(): void {
    this.missed.clear();
  }

  set(namespace: string, entry: CacheEntry): void {
    this.fresh.set(namespace, entry);
    this.current.set(namespace, entry);
  }

  /** The entries this run made (a worker thread hands them to the thread that writes the file). */
  made(): Array<[string, CacheEntry]> {
    return [...this.fresh];
  }

  /** Writes the old entries with this run's over them, if this run made any; atomically (a temporary file renamed over it). */
  save(): void {
    if (this.fresh.size === 0) return;
    const entries = new Map(this.entries);
    for (const [namespace, entry] of this.fresh) entries.set(namespace, entry);
    const temporary = `${this.file}.${process.pid}.concord-tmp`;
    try {
      const fd = openSync(temporary, "w");
      try {
        writeAll(fd, encode(entries, this.key));
      } finally {
        closeSync(fd);
      }
      renameSync(temporary, this.file);
    } catch {
      // A cache that cannot be written costs the next run its speed, never its findings.
      rmSync(temporary, { force: true });
    }
  }
}

/** An entry's findings in the kernel's order, as ignores and a baseline read them. */
export function entryFindings(entry: CacheEntry): Finding[] {
  const findings: Finding[] = new Array<Finding>(entry.order.length);
  let i = 0;
  for (const group of entry.groups) for (const finding of deserialize(group.bytes) as Finding[]) findings[entry.order[i++]] = finding;
  return findings;
}

/** An entry's alignment, decoded. */
export function entryAlignment(entry: CacheEntry): AlignedNamespace | undefined {
  return entry.alignment ? (deserialize(entry.alignment) as AlignedNamespace) : undefined;
}
