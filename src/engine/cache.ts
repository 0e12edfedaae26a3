/**
 * `--cache`: each namespace's findings kept under a hash of its files, the settings and Concord's
 * version (as ESLint's --cache keeps a file's messages), so that a re-run checks only what changed.
 * One JSON file (`.concordcache` by default), written whole and atomically at the end of a run.
 */
import { createHash } from "../hash";
import { readFileSync, renameSync, rmSync, writeFileSync } from "fs";
import { packageInfo } from "../package-info";
import type { AlignedNamespace, Finding, InputProblem } from "../types";

export const DEFAULT_CACHE_LOCATION = ".concordcache";

/** What a namespace's check left, as the run loop keeps it. */
export interface CacheEntry {
  hash: string;
  files: number;
  paragraphs: number;
  problems: InputProblem[];
  findings: Finding[];
  alignment?: AlignedNamespace;
}

interface CacheFile {
  version: 1;
  tool: string;
  entries: Record<string, CacheEntry>;
}

export class FindingsCache {
  private readonly entries: Map<string, CacheEntry>;
  private readonly fresh = new Map<string, CacheEntry>();
  readonly tool = `concord@${packageInfo().version}`;

  private constructor(readonly file: string, entries: Map<string, CacheEntry>) {
    this.entries = entries;
  }

  /** The cache at `file`; empty when there is none, or when it is unreadable or another version's (it is only a cache). */
  static open(file: string): FindingsCache {
    const empty = new FindingsCache(file, new Map());
    let parsed: CacheFile;
    try {
      parsed = JSON.parse(readFileSync(file, "utf8")) as CacheFile;
    } catch {
      return empty;
    }
    if (parsed?.version !== 1 || parsed.tool !== empty.tool || typeof parsed.entries !== "object" || parsed.entries === null) return empty;
    return new FindingsCache(file, new Map(Object.entries(parsed.entries)));
  }

  /** The hash a namespace's entry is kept under: the settings, then each file's place, language and bytes. */
  hashOf(settings: string, files: ReadonlyArray<{ file: string; language: string; bytes: Buffer }>): string {
    const hash = createHash("sha256").update(this.tool).update("\u0000").update(settings);
    for (const { file, language, bytes } of files) hash.update(`\u0000${file}\u0000${language}\u0000${bytes.length}\u0000`).update(bytes);
    return hash.digest("hex");
  }

  get(namespace: string, hash: string): CacheEntry | undefined {
    const entry = this.fresh.get(namespace) ?? this.entries.get(namespace);
    return entry?.hash === hash ? entry : undefined;
  }

  set(namespace: string, entry: CacheEntry): void {
    this.fresh.set(namespace, entry);
  }

  /** The entries this run made (a worker thread hands them to the thread that writes the file). */
  made(): Array<[string, CacheEntry]> {
    return [...this.fresh];
  }

  /** Writes the old entries with this run's over them, if this run made any. */
  save(): void {
    if (this.fresh.size === 0) return;
    const entries: Record<string, CacheEntry> = Object.create(null);
    for (const [namespace, entry] of this.entries) entries[namespace] = entry;
    for (const [namespace, entry] of this.fresh) entries[namespace] = entry;
    const temporary = `${this.file}.${process.pid}.concord-tmp`;
    try {
      writeFileSync(temporary, JSON.stringify({ version: 1, tool: this.tool, entries } satisfies CacheFile));
      renameSync(temporary, this.file);
    } catch {
      // A cache that cannot be written costs the next run its speed, never its findings.
      rmSync(temporary, { force: true });
    }
  }
}
