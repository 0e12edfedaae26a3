/** The library's entry point and the run loop: the tree reader's namespaces, one at a time, through the kernel and the pipeline. */
import path from "path";
import type { Layout } from "../catalog/loader";
import { namespaceFiles, openTree, readNamespace, type Tree } from "../catalog/tree";
import { ConfigError } from "../errors";
import { append } from "../lists";
import { rules, rulesById } from "../rules";
import type { AlignedNamespace, InputProblem, RunResult, SeveritySetting } from "../types";
import { DEFAULT_CACHE_LOCATION, FindingsCache, type CacheEntry } from "./cache";
import type { ActiveRule } from "./compare";
import type { KernelSettings } from "./kernel";
import { HeldFindings } from "./held";
import { applyBaseline, applyIgnores, countSeverities, type BaselineEntry, type IgnoreRule } from "./pipeline";
import { namespacesOfShard, type Shard } from "./shard";

export interface CheckOptions {
  /** The folder holding one folder per locale (`locales/en/article.json`). */
  locales: string;
  /** Source locale; `en` when not given. */
  source?: string;
  /** Target locales; every other locale folder when not given. */
  targets?: string[];
  /** Only these namespaces; all of the source's when not given. */
  namespaces?: string[];
  /** Severity per rule id, overriding the defaults; "off" disables a rule. */
  rules?: Record<string, SeveritySetting>;
  /** File paths in findings are relative to this folder (the working directory by default). */
  cwd?: string;
  /** Where catalogs lie under `locales`: "{{lng}}/{{ns}}.json" (default), "{{lng}}.json", … */
  layout?: string;
  /** Folder names read as other locales: { "ua": "uk" }. */
  aliases?: Record<string, string>;
  /** Compare with the catalogs as they were at this git revision (stale-translation; --only-changed). */
  since?: string;
  /** With `since`: report only findings in paragraphs whose source or translation changed. */
  onlyChanged?: boolean;
  /** Findings to leave out: { rule, locale?, namespace?, key? } (the configuration's ignores). */
  ignores?: IgnoreRule[];
  /** Findings recorded earlier: hidden, and the entries no longer found counted as fixed. */
  baseline?: BaselineEntry[];
  /** Required renderings of source terms, by target language (glossary-term). */
  glossary?: Record<string, Record<string, string>>;
  /** Keep each namespace's alignment in the result (the HTML report's rows, JUnit's cases). */
  alignment?: boolean;
  /** Check only this share of the namespaces (`--shard 2/3`); join the shards' results with mergeResults. */
  shard?: Shard;
  /** Keep each namespace's findings in a cache file and re-check only namespaces whose files changed (not with `since`). */
  cache?: boolean;
  /** The cache file (default: .concordcache in `cwd`). */
  cacheLocation?: string;
  /** Catalog texts by absolute path that stand in for the files on disk (an editor's unsaved documents). */
  overlay?: ReadonlyMap<string, string>;
  /** Called after each namespace: how many are done of how many. */
  onProgress?: (done: number, total: number) => void;
}

export function activeRules(overrides: Record<string, SeveritySetting> = {}): ActiveRule[] {
  for (const [id, setting] of Object.entries(overrides)) {
    if (!rulesById.has(id)) {
      throw new ConfigError({ code: "unknown-rule", message: `Unknown rule "${id}"`, hint: `rules are: ${[...rulesById.keys()].join(", ")}` });
    }
    if (!["off", "info", "warning", "error"].includes(setting)) {
      throw new ConfigError({ code: "bad-severity", message: `Rule "${id}" cannot be set to "${setting}"`, hint: "use off, info, warning or error" });
    }
  }
  return rules.flatMap((rule) => {
    const setting = overrides[rule.meta.id] ?? rule.meta.defaultSeverity;
    return setting === "off" ? [] : [{ rule, severity: setting }];
  });
}

/** What settles a namespace's findings besides its files: the cache's key for them. */
function settingsKey(settings: KernelSettings, source: string): string {
  return JSON.stringify({ source, rules: settings.active.map(({ rule, severity }) => [rule.meta.id, severity]), glossary: settings.glossary ?? null, alignment: Boolean(settings.alignment) });
}

/** One namespace read and checked, or taken from the cache when its files and the settings are those it was kept under. */
async function namespaceEntry(tree: Tree, namespace: string, settings: KernelSettings, cache: FindingsCache | undefined, key: string): Promise<CacheEntry> {
  const hash = cache ? cache.hashOf(key, namespaceFiles(tree, namespace)) : "";
  const kept = cache?.get(namespace, hash);
  if (kept) return kept;
  const reading = await readNamespace(tree, namespace);
  // Loaded on the first namespace to check: a run answered from the cache never loads the kernel and the aligner.
  const checked = reading.loaded ? (await import("./kernel")).checkNamespace(reading.loaded, settings) : undefined;
  // Copied, so that what is kept holds its own strings: a key or snippet sliced from a catalog's text
  // would otherwise keep the whole file alive until the end of the run.
  const result = checked && structuredClone(checked);
  const entry: CacheEntry = { hash, files: reading.files, paragraphs: reading.loaded?.source.catalog.paragraphs.length ?? 0, problems: reading.problems, findings: result?.findings ?? [], ...(result?.alignment ? { alignment: result.alignment } : {}) };
  cache?.set(namespace, entry);
  return entry;
}

/** A run whose findings are held compactly (see held.ts) rather than listed: what streaming formatters write from. */
export interface HeldRun {
  /** The run without its findings (`findings` is empty): summary, problems, notices, alignment. */
  result: RunResult;
  findings: HeldFindings;
}

/** Baseline entries by namespace: a namespace's findings can only match its own entries. */
function baselineByNamespace(entries: readonly BaselineEntry[]): Map<string, BaselineEntry[]> {
  const map = new Map<string, BaselineEntry[]>();
  for (const entry of entries) {
    const list = map.get(entry.namespace);
    if (list) list.push(entry);
    else map.set(entry.namespace, [entry]);
  }
  return map;
}

/**
 * The run, its findings held compactly, and the cache it used (whose new entries the caller
 * writes). Each namespace's findings go through the pipeline (ignores, baseline) as they come, so
 * that only what will be reported is held. `discovered`: the layout when the caller has found it.
 */
export async function runHeld(options: CheckOptions, discovered?: Layout): Promise<{ run: HeldRun; cache?: FindingsCache }> {
  const active = activeRules(options.rules);
  const tree = await openTree(options, discovered);
  const { layout } = tree;
  const held = new HeldFindings();
  const problems: InputProblem[] = [];
  const alignment: AlignedNamespace[] = [];
  const settings: KernelSettings = { active, ...(options.glossary ? { glossary: options.glossary } : {}), ...(options.onlyChanged ? { onlyChanged: true } : {}), ...(options.alignment ? { alignment: true } : {}) };
  // Findings with --since depend on the revision too: such runs are not cached.
  const cache = options.cache && !options.since ? FindingsCache.open(path.resolve(options.cwd ?? process.cwd(), options.cacheLocation ?? DEFAULT_CACHE_LOCATION)) : undefined;
  const key = settingsKey(settings, layout.source);
  let files = 0;
  let started = 0;
  let paragraphs = 0;
  const inShard = options.shard ? namespacesOfShard(layout.namespaces, options.shard) : layout.namespaces;
  // --only-changed reads only the namespaces with a file that differs from the revision: the others have nothing to report.
  const { revision } = tree;
  const namespaces = revision && options.onlyChanged ? inShard.filter((ns) => [layout.source, ...layout.targets].some((locale) => revision.changed(layout.file(locale, ns)))) : inShard;
  // A shard (or --only-changed) sees only its namespaces, so the baseline's entries for the others are not "fixed".
  const checked = new Set(namespaces);
  const baseline = options.baseline && namespaces !== layout.namespaces ? options.baseline.filter((entry) => checked.has(entry.namespace)) : options.baseline;
  const baselineOf = baseline ? baselineByNamespace(baseline) : undefined;
  const counts = { errors: 0, warnings: 0, infos: 0, ignored: 0, hidden: 0, fixed: 0 };

  for (const namespace of namespaces) {
    options.onProgress?.(started++, namespaces.length);
    const entry = await namespaceEntry(tree, namespace, settings, cache, key);
    append(problems, entry.problems);
    files += entry.files;
    paragraphs += entry.paragraphs;
    const { kept: notIgnored, ignored } = applyIgnores(entry.findings, options.ignores ?? []);
    counts.ignored += ignored;
    let kept = notIgnored;
    if (baselineOf) {
      const fromBaseline = applyBaseline(notIgnored, baselineOf.get(namespace) ?? []);
      baselineOf.delete(namespace);
      counts.hidden += fromBaseline.hidden;
      counts.fixed += fromBaseline.fixed;
      kept = fromBaseline.kept;
    }
    const severities = countSeverities(kept);
    counts.errors += severities.errors;
    counts.warnings += severities.warnings;
    counts.infos += severities.infos;
    held.add(kept);
    if (entry.alignment) alignment.push(entry.alignment);
  }
  // Entries of namespaces the run did not meet (a namespace since removed) are fixed too.
  if (baselineOf) for (const entries of baselineOf.values()) counts.fixed += entries.length;

  options.onProgress?.(namespaces.length, namespaces.length);
  const result: RunResult = {
    source: layout.source,
    targets: layout.targets,
    findings: [],
    problems,
    notices: layout.notices,
    ...(options.alignment ? { alignment } : {}),
    summary: {
      errors: counts.errors,
      warnings: counts.warnings,
      infos: counts.infos,
      files,
      namespaces: namespaces.length,
      paragraphs,
      ...(counts.ignored ? { ignored: counts.ignored } : {}),
      ...(baseline ? { baselineHidden: counts.hidden, baselineFixed: counts.fixed } : {}),
    },
  };
  return { run: { result, findings: held }, ...(cache ? { cache } : {}) };
}

export async function check(options: CheckOptions, discovered?: Layout): Promise<RunResult> {
  const run = await checkHeld(options, discovered);
  const findings = run.findings.all();
  run.findings.dispose();
  return { ...run.result, findings };
}

/** Like check, with the findings held compactly for a formatter to stream (engine/held.ts). */
export async function checkHeld(options: CheckOptions, discovered?: Layout): Promise<HeldRun> {
  const { run, cache } = await runHeld(options, discovered);
  cache?.save();
  return run;
}
