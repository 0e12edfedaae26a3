/**
 * `check --watch`: checks once, then re-checks a namespace whenever one of its files is saved and
 * prints only what changed — findings that are new (+) and findings that are gone (-).
 *
 * Folders are watched, not files: an editor's safe write (or `sed -i`) renames a new file over
 * the old one, and a watch on the old file would go deaf. A folder's watch sees the rename.
 */
import { existsSync, statSync, watch, type FSWatcher } from "fs";
import path from "path";
import { ConcordError, formatProblem } from "../errors";
import { terminalSafe } from "../text/escape";
import type { CheckOptions } from "../engine/check";
import type { Finding } from "../types";
import type { Io } from "./args";

const identity = (f: Finding) => [f.locale, f.namespace, f.key, f.ruleId, f.messageId, f.message].join("\u0000");

/** One finding on one line: keys, messages and file names from a catalog are shown escaped, never raw. */
function line(sign: "+" | "-", f: Finding): string {
  return `${sign} ${terminalSafe(`${f.file}:${f.line}:${f.column} ${f.severity} [${f.locale}] ${f.key} ${f.message} (${f.ruleId})`)}\n`;
}

/** Wait this long after the last event before re-checking: a save is several events. */
const SETTLE_MS = 80;

/**
 * Runs until the returned `stop` is called (or the process is interrupted); `settled` gives the
 * exit code: 0 when stopped, 2 when the locales folder went away or a folder cannot be watched.
 * `watchFolderOf` is fs.watch (tests give one that fails).
 */
export async function watchCatalogs(options: CheckOptions, io: Io, watchFolderOf: typeof watch = watch): Promise<{ stop(): void; settled: Promise<number> }> {
  const { check } = await import("../engine/check");
  const { discoverLayout } = await import("../catalog/loader");
  const cwd = options.cwd ?? process.cwd();
  const root = path.resolve(cwd, options.locales);
  const shown = (file: string) => path.relative(cwd, file) || ".";
  const byNamespace = new Map<string, Map<string, Finding>>();
  const remember = (namespace: string, findings: Finding[]) => byNamespace.set(namespace, new Map(findings.filter((f) => f.namespace === namespace).map((f) => [identity(f), f])));

  const first = await check(options);
  const layout = await discoverLayout({ ...options, locales: root });
  for (const namespace of layout.namespaces) remember(namespace, first.findings);
  io.stdout.write(`Watching ${terminalSafe(shown(root))}: ${first.findings.length} findings now. Save a catalog to re-check it.\n`);
  for (const f of first.findings) io.stdout.write(line("+", f));
  for (const problem of first.problems) io.stderr.write(`concord: ${formatProblem(problem)}\n`);

  // Each catalog's path, to its namespace: what an event in a folder is about.
  const namespaceOf = new Map<string, string>();
  for (const namespace of layout.namespaces) {
    for (const locale of [layout.source, ...layout.targets]) namespaceOf.set(layout.file(locale, namespace), namespace);
  }
  const deleted = new Set<string>();

  let pending: NodeJS.Timeout | undefined;
  const changed = new Set<string>();
  let running = Promise.resolve();
  const recheck = () => {
    const namespaces = [...changed];
    changed.clear();
    if (namespaces.length === 0) return;
    running = running.then(async () => {
      try {
        const result = await check({ ...options, namespaces });
        for (const namespace of namespaces) {
          const before = byNamespace.get(namespace) ?? new Map();
          const now = new Map(result.findings.filter((f) => f.namespace === namespace).map((f) => [identity(f), f]));
          for (const [id, f] of before) if (!now.has(id)) io.stdout.write(line("-", f));
          for (const [id, f] of now) if (!before.has(id)) io.stdout.write(line("+", f));
          byNamespace.set(namespace, now);
        }
        for (const problem of result.problems) io.stderr.write(`concord: ${formatProblem(problem)}\n`);
      } catch (error) {
        io.stderr.write(`concord: ${error instanceof ConcordError ? formatProblem(error.toProblem()) : terminalSafe((error as Error).message)}\n`);
      }
    });
  };

  let resolveSettled: (code: number) => void = () => undefined;
  const settled = new Promise<number>((resolve) => (resolveSettled = resolve));
  const watchers = new Map<string, FSWatcher>();
  let stopped = false;
  const stop = (code: number) => {
    if (stopped) return;
    stopped = true;
    clearTimeout(pending);
    for (const watcher of watchers.values()) watcher.close();
    watchers.clear();
    void running.then(() => resolveSettled(code));
  };

  const onEvent = (dir: string, name: string | null) => {
    if (!existsSync(root)) {
      io.stderr.write(`concord: ${terminalSafe(shown(root))}: the locales folder was deleted or moved — stopped watching; restore it and start again\n`);
      stop(2);
      return;
    }
    if (!name) return;
    const file = path.join(dir, name);
    const stats = statSync(file, { throwIfNoEntry: false });
    if (stats?.isDirectory()) watchFolder(file);
    const namespace = namespaceOf.get(file);
    if (namespace === undefined) return;
    if (!stats && !deleted.has(file)) {
      deleted.add(file);
      io.stderr.write(`concord: ${terminalSafe(shown(file))}: deleted\n`);
    } else if (stats) {
      deleted.delete(file);
    }
    changed.add(namespace);
    clearTimeout(pending);
    pending = setTimeout(recheck, SETTLE_MS);
  };

  function watchFolder(dir: string): void {
    if (stopped || watchers.has(dir)) return;
    try {
      const watcher = watchFolderOf(dir, (_event, name) => onEvent(dir, name));
      // A watched folder that is removed ends its watch; its parent's watch reports the removal.
      watcher.on("error", () => {
        watcher.close();
        watchers.delete(dir);
      });
      watchers.set(dir, watcher);
    } catch (error) {
      // The folder went away between the event and the watch: its parent saw that. Any other
      // failure (the system's limit on watches, EMFILE or ENOSPC) would leave the watch deaf.
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "ENOENT" || code === "ENOTDIR") return;
      io.stderr.write(`concord: ${terminalSafe(shown(dir))}: cannot watch this folder (${terminalSafe(String(code ?? (error as Error).message))}); raise the system's limit on file watches (fs.inotify.max_user_watches, max_user_instances) or close other watchers, and start again\n`);
      stop(2);
    }
  }

  watchFolder(root);
  for (const file of namespaceOf.keys()) {
    for (let dir = path.dirname(file); dir.startsWith(root) && dir !== root; dir = path.dirname(dir)) watchFolder(dir);
  }
  // A watch on the locales folder does not fire when the folder itself is removed: its parent's does.
  const parent = path.dirname(root);
  if (parent !== root && !stopped) {
    try {
      const watcher = watch(parent, (_event, name) => {
        if (name === path.basename(root)) onEvent(root, null);
      });
      watcher.on("error", () => watcher.close());
      watchers.set(`${parent}\u0000parent`, watcher);
    } catch {
      // No parent to watch (a root folder): the folder's own watch still reports its contents.
    }
  }
  return { stop: () => stop(0), settled };
}
