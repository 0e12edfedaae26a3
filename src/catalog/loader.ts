/** Finds the locale folders and namespaces of a catalog tree and reads one catalog at a time. */
import { promises as fs, readFileSync, statSync, type Stats } from "fs";
import path from "path";
import { CatalogError, ConfigError } from "../errors";
import type { Catalog, InputProblem } from "../types";
import { decodeCatalog } from "./decode";
import { parseCatalog } from "./parse";
import { checkLocaleName, insideRoot, refuseControlCharacters, refuseLinksOutside } from "./safety";
import { listLayoutFiles } from "./walk";

export interface LayoutOptions {
  /** The folder that holds the catalogs. */
  locales: string;
  /**
   * Where a catalog lies under `locales`, as i18next-fs-backend's loadPath says it:
   * "{{lng}}/{{ns}}.json" (the default), "{{lng}}.json" (one file per locale), … Found by itself
   * when not given: one file per locale when the folder holds <lng>.json files and no folders.
   */
  layout?: string;
  source?: string;
  targets?: string[];
  namespaces?: string[];
  /** Folder names read as other locales: { "ua": "uk" }. */
  aliases?: Record<string, string>;
  /** Paths in messages are relative to this folder. */
  cwd?: string;
}

export interface Layout {
  root: string;
  /** The layout pattern in use. */
  pattern: string;
  source: string;
  targets: string[];
  /** The source locale's namespaces, sorted. */
  namespaces: string[];
  /** Absolute path of a locale's namespace file, whether it exists or not. */
  file(locale: string, namespace: string): string;
  has(locale: string, namespace: string): boolean;
  /** The language a locale (folder) name is read as: uk-UA → uk-UA, ua → uk (by alias). */
  language(locale: string): string;
  /** Things worth saying that are not problems: an alias applied. */
  notices: string[];
}

export const DEFAULT_LAYOUT = "{{lng}}/{{ns}}.json";
/** i18next's default namespace, for layouts without {{ns}}. */
const DEFAULT_NAMESPACE = "translation";
/** Folder names that real projects use for a locale but that name something else. */
const BUILT_IN_ALIASES: Record<string, { locale: string; why: string }> = {
  ua: { locale: "uk", why: '"ua" is Ukraine\'s country code; the language code is "uk"' },
};

async function isDirectory(dir: string): Promise<boolean> {
  try {
    return (await fs.stat(dir)).isDirectory();
  } catch {
    return false;
  }
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^$()|[\]\\]/g, "\\$&");
}

/** A layout pattern as a glob (to find files) and a regex (to read locale and namespace back). */
export function compilePattern(pattern: string) {
  if (!pattern.includes("{{lng}}")) {
    throw new ConfigError({ code: "bad-layout", message: `The layout "${pattern}" has no {{lng}}`, hint: 'write where a locale\'s catalogs lie, e.g. "{{lng}}/{{ns}}.json" or "{{lng}}.json"' });
  }
  // Every catalog lies inside the locales folder: no absolute layout, no step up out of it.
  if (path.isAbsolute(pattern) || /^~/.test(pattern) || pattern.split(/[\\/]/).includes("..")) {
    throw new ConfigError({ code: "layout-outside", message: `The layout "${pattern}" reaches outside the locales folder`, hint: "write it relative to --locales, without .. or a leading /; point --locales at the folder that holds the catalogs" });
  }
  const glob = pattern.replace(/\{\{lng\}\}/g, "*").replace(/\{\{ns\}\}/g, "**/*");
  const regex = new RegExp(`^${pattern.split(/(\{\{lng\}\}|\{\{ns\}\})/).map((part) => (part === "{{lng}}" ? "(?<lng>[^/]+)" : part === "{{ns}}" ? "(?<ns>.+?)" : escapeRegex(part))).join("")}$`);
  return { glob, regex, hasNamespace: pattern.includes("{{ns}}") };
}

async function detectLayout(root: string): Promise<string> {
  const entries = await fs.readdir(root, { withFileTypes: true });
  const files = entries.filter((e) => e.isFile() && e.name.endsWith(".json"));
  const folders = entries.filter((e) => e.isDirectory());
  return files.length > 0 && folders.length === 0 ? "{{lng}}.json" : DEFAULT_LAYOUT;
}

/** Reads the tree: which locales have which namespaces, under the layout given or found. */
export async function discoverLayout(options: LayoutOptions): Promise<Layout> {
  const root = path.resolve(options.locales);
  const shown = (...parts: string[]) => path.relative(options.cwd ?? process.cwd(), path.join(root, ...parts)) || ".";
  if (!(await isDirectory(root))) {
    throw new ConfigError({ code: "missing-locales", message: "The locales folder does not exist", hint: "pass --locales DIR, the folder that holds en/, uk/, ru/", file: shown() });
  }
  const pattern = options.layout ?? (await detectLayout(root));
  const compiled = compilePattern(pattern);
  // Links are listed but never followed while walking (a loop cannot hang the walk); a link to a
  // file is read through, and a link to nothing is kept so that reading it fails with a clear error
  // instead of the catalog silently going missing.
  const entries =
    (await listLayoutFiles(root, compiled.glob)) ??
    (await (await import("fast-glob")).default(compiled.glob, { cwd: root, onlyFiles: false, markDirectories: true, followSymbolicLinks: false, suppressErrors: true, objectMode: true }));
  const files = entries.filter((entry) => !entry.path.endsWith("/")).map((entry) => entry.path);
  const topLinks = (await fs.readdir(root, { withFileTypes: true })).filter((entry) => entry.isSymbolicLink()).map((entry) => entry.name);
  await refuseLinksOutside(root, [...topLinks, ...entries.filter((entry) => entry.dirent.isSymbolicLink()).map((entry) => entry.path)], shown);
  const byLocale = new Map<string, Set<string>>();
  for (const file of files.sort()) {
    refuseControlCharacters(file, shown);
    const match = compiled.regex.exec(file);
    if (!match?.groups) continue;
    const locale = match.groups.lng;
    checkLocaleName(locale, options, shown);
    const namespace = compiled.hasNamespace ? match.groups.ns : DEFAULT_NAMESPACE;
    if (!byLocale.has(locale)) byLocale.set(locale, new Set());
    byLocale.get(locale)!.add(namespace);
  }
  const notices: string[] = [];
  // A Map, not an object: a folder named "constructor" must not read as Object's constructor.
  const aliases = new Map(Object.entries(options.aliases ?? {}));
  for (const [name, alias] of Object.entries(BUILT_IN_ALIASES)) {
    if (byLocale.has(name) && !aliases.has(name)) {
      aliases.set(name, alias.locale);
      notices.push(`the locale "${name}" is read as "${alias.locale}": ${alias.why}; rename it, or set the alias in the configuration to silence this`);
    }
  }
  const language = (locale: string) => aliases.get(locale) ?? locale;
  const found = [...byLocale.keys()].sort();
  const base = (locale: string) => language(locale).split(/[-_]/)[0].toLowerCase();
  const source = options.source ?? (byLocale.has("en") ? "en" : (found.find((locale) => base(locale) === "en") ?? "en"));
  const sourceNamespaces = byLocale.get(source);
  if (!sourceNamespaces) {
    throw new ConfigError({
      code: "missing-source",
      message: `The source locale "${source}" has no catalogs`,
      hint: found.length ? `found ${found.join(", ")}: pass --source with one of them` : `put the source catalogs where the layout "${pattern}" says, under ${shown()}`,
      file: shown(),
    });
  }
  const targets = options.targets?.length ? options.targets : found.filter((locale) => locale !== source);
  for (const target of targets) {
    if (!byLocale.has(target)) {
      throw new ConfigError({ code: "missing-locale", message: `The target locale "${target}" has no catalogs`, hint: `create them, or choose --targets from: ${found.filter((l) => l !== source).join(", ") || "(none found)"}`, file: compiled.hasNamespace || pattern.includes("/") ? shown(target) : shown(`${target}.json`) });
    }
  }
  if (targets.length === 0) {
    throw new ConfigError({ code: "no-targets", message: `Only the source locale "${source}" was found: nothing to compare it with`, hint: "add a folder per translation (uk/, ru/) or pass --targets", file: shown() });
  }
  let namespaces = [...sourceNamespaces].sort();
  if (options.namespaces?.length) {
    const unknown = options.namespaces.filter((ns) => !sourceNamespaces.has(ns));
    if (unknown.length) {
      throw new ConfigError({ code: "unknown-namespace", message: `No source catalog for namespace ${unknown.map((ns) => `"${ns}"`).join(", ")}`, hint: `choose from: ${namespaces.join(", ")}`, file: shown(source) });
    }
    namespaces = namespaces.filter((ns) => options.namespaces!.includes(ns));
  }
  return {
    root,
    pattern,
    source,
    targets,
    namespaces,
    file: (locale, namespace) => insideRoot(root, path.join(root, pattern.replace(/\{\{lng\}\}/g, locale).replace(/\{\{ns\}\}/g, namespace)), shown),
    has: (locale, namespace) => byLocale.get(locale)?.has(namespace) ?? false,
    language,
    notices,
  };
}

export interface LoadedCatalog {
  catalog?: Catalog;
  problems: InputProblem[];
}

/**
 * i18next loads a namespace's file whole into every page; a catalog this large is an export or a
 * mistake. Larger files are reported, not read. The two limits keep a check of three locales at
 * the limits under 2 GB of memory (figures in docs/robustness.md).
 */
export const MAX_CATALOG_BYTES = 24 * 1024 * 1024;
/** Paragraphs (keys) per catalog: each costs about 1.6 KB of memory while checked. */
export const MAX_PARAGRAPHS = 100_000;

/** A file's stat, or undefined when it cannot be had (absent, a link loop, a folder not searchable): the check reports why. */
export function statQuietly(file: string): Stats | undefined {
  try {
    return statSync(file, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

/**
 * Reads and parses one catalog; problems never throw, so the other files are still checked.
 * `overlay`: texts by absolute path that stand in for the files (an editor's unsaved documents);
 * `bytes`: the file's content when the caller has read it already.
 */
export async function loadCatalog(file: string, locale: string, namespace: string, displayPath: string, overlay?: ReadonlyMap<string, string>, bytes?: Buffer): Promise<LoadedCatalog> {
  const unsaved = overlay?.get(file);
  if (unsaved !== undefined) return parsedCatalog(unsaved.charCodeAt(0) === 0xfeff ? unsaved.slice(1) : unsaved, locale, namespace, displayPath);
  let content: string;
  try {
    // One small file at a time, namespace after namespace: a synchronous read skips an event-loop
    // round trip per file, which on 10,000 files was a fifth of the run.
    const size = bytes?.length ?? statSync(file).size;
    if (size > MAX_CATALOG_BYTES) {
      return { problems: [{ code: "too-large", message: `The catalog is ${Math.round(size / 1024 / 1024)} MB, more than the ${MAX_CATALOG_BYTES / 1024 / 1024} MB Concord reads`, hint: "split the namespace into smaller files (i18next loads each whole)", file: displayPath }] };
    }
    content = decodeCatalog(bytes ?? readFileSync(file), displayPath);
  } catch (error) {
    if (error instanceof CatalogError) return { problems: [error.toProblem()] };
    const code = (error as NodeJS.ErrnoException).code ?? "read-error";
    const hint = code === "EACCES" ? "make the file readable" : code === "EISDIR" ? "a namespace must be a file, not a folder" : "check that the file exists and can be read";
    return { problems: [{ code: "unreadable", message: `Cannot read the catalog (${code})`, hint, file: displayPath }] };
  }
  return parsedCatalog(content, locale, namespace, displayPath);
}

function parsedCatalog(content: string, locale: string, namespace: string, displayPath: string): LoadedCatalog {
  const parsed = parseCatalog(content, displayPath);
  const problems = fewProblems(parsed.problems, displayPath);
  if (!parsed.readable) return { problems };
  if (parsed.paragraphs.length > MAX_PARAGRAPHS) {
    return { problems: [{ code: "too-many-paragraphs", message: `The catalog has ${parsed.paragraphs.length.toLocaleString("en")} paragraphs, more than the ${MAX_PARAGRAPHS.toLocaleString("en")} Concord reads in one file`, hint: "split the namespace into smaller files (i18next loads each whole)", file: displayPath }] };
  }
  return { catalog: { locale, namespace, file: displayPath, paragraphs: parsed.paragraphs, content }, problems };
}

/** A garbage file has a problem per value; the first few say what is wrong, then one line counts the rest. */
const MAX_PROBLEMS_PER_FILE = 5;

function fewProblems(problems: InputProblem[], file: string): InputProblem[] {
  if (problems.length <= MAX_PROBLEMS_PER_FILE) return problems;
  const more = problems.length - MAX_PROBLEMS_PER_FILE;
  return [
    ...problems.slice(0, MAX_PROBLEMS_PER_FILE),
    { code: "more-problems", message: `and ${more.toLocaleString("en")} more problem${more === 1 ? "" : "s"} in this file`, hint: "fix the ones above first (is it a catalog at all?)", file },
  ];
}
