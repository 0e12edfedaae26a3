/**
 * Loads the CLI bundle as Node would, but compiled from a V8 code cache written on this machine by
 * this Node (node_modules/.cache/concord-i18n): most of a short run's compiling is then skipped.
 * The first run with a bundle, Node and flags only leaves a mark; the second writes the cache; a run
 * once in CI (every run a first) pays nearly nothing. Any failure to read or write means no cache.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, unlinkSync, writeFileSync } from "fs";
import Module from "module";
import path from "path";
import vm from "vm";

/** What bin/concord.js needs of the loaded bundle. */
export interface LoadedBundle {
  exports: { main(args: string[]): Promise<number> };
  /** Whether V8 compiled the bundle from the cache. */
  fromCache: boolean;
  /** Marks the bundle seen, or writes the cache on the second run; never throws. */
  save(): void;
}

/** Node's own loader functions that a hand-made module needs (not in Node's typings). */
interface ModuleInternals {
  _nodeModulePaths(from: string): string[];
  _resolveFilename(request: string, parent: Module, isMain: boolean, options?: { paths?: string[] }): string;
  _cache: Record<string, Module>;
}

/** The project's node_modules/.cache/concord-i18n: the node_modules the bundle is installed in, else the checkout's. */
export function cacheFolder(bundle: string): string | undefined {
  const parts = bundle.split(path.sep);
  const at = parts.lastIndexOf("node_modules");
  const modules = at > 0 ? parts.slice(0, at + 1).join(path.sep) : path.join(path.dirname(bundle), "..", "node_modules");
  return existsSync(modules) ? path.join(modules, ".cache", "concord-i18n") : undefined;
}

/** A short hash of the text (djb2 and FNV-1a, 32 bits each), for a file name. */
function shortHash(text: string): string {
  let djb2 = 5381;
  let fnv = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    djb2 = ((djb2 << 5) + djb2 + code) | 0;
    fnv = Math.imul(fnv ^ code, 0x01000193);
  }
  return `${(djb2 >>> 0).toString(36)}${(fnv >>> 0).toString(36)}`;
}

/** Where this run keeps its code cache: none when NODE_DISABLE_COMPILE_CACHE is set, as Node's own compile cache honours it. */
export function cacheFolderFor(bundle: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env.NODE_DISABLE_COMPILE_CACHE ? undefined : cacheFolder(bundle);
}

export function loadBundle(bundle: string, parent: Module | undefined, folder = cacheFolderFor(bundle)): LoadedBundle {
  const source = readFileSync(bundle, "utf8");
  // One cache per bundle name, Node, architecture and flags, named by a hash of the bundle's text:
  // V8 checks a cache only against the source's length, and installs may keep one mtime for all.
  const prefix = `${path.basename(bundle)}-${process.version}-${process.arch}-${shortHash(`${process.execArgv.join("\0")}\0${process.env.NODE_OPTIONS ?? ""}`)}-`;
  let file: string | undefined;
  let cached: Buffer | undefined;
  if (folder) {
    try {
      file = path.join(folder, `${prefix}${source.length}-${shortHash(source)}.v8`);
      cached = readFileSync(file);
    } catch {
      // no cache yet
    }
  }
  const script = new vm.Script(Module.wrap(source), { filename: bundle, cachedData: cached?.length ? cached : undefined });
  const fromCache = cached !== undefined && cached.length > 0 && !script.cachedDataRejected;
  const internals = Module as unknown as ModuleInternals;
  const module = new Module(bundle, parent);
  module.filename = bundle;
  module.paths = internals._nodeModulePaths(path.dirname(bundle));
  internals._cache[bundle] = module;
  const bundleRequire = Object.assign((id: string) => module.require(id), {
    resolve: (request: string, options?: { paths?: string[] }) => internals._resolveFilename(request, module, false, options),
    main: require.main,
    cache: internals._cache,
  });
  (script.runInThisContext() as (...args: unknown[]) => void).call(module.exports, module.exports, bundleRequire, module, bundle, path.dirname(bundle));
  module.loaded = true;
  const save = () => {
    if (!folder || !file || fromCache) return;
    try {
      mkdirSync(folder, { recursive: true });
      if (cached === undefined) {
        writeFileSync(file, "");
        return;
      }
      const temporary = `${file}.${process.pid}.tmp`;
      try {
        writeFileSync(temporary, script.createCachedData());
        renameSync(temporary, file);
      } catch (error) {
        rmSync(temporary, { force: true });
        throw error;
      }
      // An older build's cache for this Node and flags is dropped; other Nodes keep theirs.
      for (const name of readdirSync(folder)) if (name.startsWith(prefix) && path.join(folder, name) !== file && !name.endsWith(".tmp")) unlinkSync(path.join(folder, name));
    } catch {
      // a read-only install runs without a cache
    }
  };
  return { exports: module.exports as LoadedBundle["exports"], fromCache, save };
}
