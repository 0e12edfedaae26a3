/** The library's entry point and the run loop: the tree reader's namespaces, one at a time, through the kernel and the pipeline. */
import path from "path";
import type { Layout } from "../catalog/loader";
import { namespaceFiles, openTree, readNamespace, type Tree } from "../catalog/tree";
import { ConfigError } from "../errors";
import { append } from "../lists";
import { rules, rulesById } from "../rules";
import { serialize } from "v8";
import type { AlignedNamespace, Finding, InputProblem, RunResult, SeveritySetting } from "../types";
import { DEFAULT_CACHE_LOCATION, entryAlignment, entryFindings, FindingsCache, type CacheEntry, type SeverityCounts } from "./cache";
import type { ActiveRule } from "./compare";
import type { KernelSettings } from "./kernel";
import { groupByFile, HeldFindings, heldGroup, type HeldGroup } from "./held";
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

/** What settles a namespace's findings besides its files' bytes: the cache's key for them (with Concord's and Node's versions). */
function settingsKey(settings: KernelSettings, tree: Tree, cwd: string): string {
  const { layout } = tree;
  return JSON.stringify({
    // Where the files lie and how findings name them (relative to cwd), and each locale's language.
    cwd,
    root: layout.root,
    pattern: layout.pattern,
    locales: [layout.source, ...layout.targets].map((locale) => [locale, layout.language(locale)]),
    rules: settings.active.map(({ rule, severity }) => [rule.meta.id, severity]),
    glossary: settings.glossary ?? null,
    alignment: Boolean(settings.alignment),
  });
}

/** A namespace checked or taken from the cache: its findings held as the run holds them, and in the kernel's order when asked. */
interface NamespaceOutcome {
  files: number;
  paragraphs: number;
  problems: InputProblem[];
  /** The findings as HeldFindings holds them, and their severities. */
  held(): { groups: HeldGroup[]; counts: SeverityCounts };
  /** The findings in the kernel's order (for ignores and a baseline, which read that order). */
  findings(): Finding[];
  alignment(): AlignedNamespace | undefined;
}

function fromEntry(entry: CacheEntry): NamespaceOutcome {
  return { files: entry.files, paragraphs: entry.paragraphs, problems: entry.problems, held: () => entry, findings: () => entryFindings(entry), alignment: () => entryAlignment(entry) };
}

/**
 * Findings grouped and serialized as HeldFindings holds them, with their severities; `json`: with
 * each group's JSON as the report writes it too (what the cache keeps, so that a re-run copies it).
 */
function heldOf(findings: Finding[], json?: (findings: readonly Finding[]) => Buffer): { groups: Array<{ file: string; findings: Finding[] }>; held: HeldGroup[]; counts: SeverityCounts } {
  const groups = groupByFile(findings);
  return { groups, held: groups.map((group) => heldGroup(group.file, group.findings, json?.(group.findings))), counts: countSeverities(findings) };
}

/** One namespace read and checked, or taken from the cache when its files and the settings are those it was kept under. */
async function namespaceOutcome(tree: Tree, namespace: string, settings: KernelSettings, cache: FindingsCache | undefined): Promise<NamespaceOutcome> {
  const looked = cache?.lookup(namespace, namespaceFiles(tree, namespace));
  if (looked && "entry" in looked) return fromEntry(looked.entry);
  const miss = looked?.miss;
  const reading = await readNamespace(tree, namespace, false, miss?.bytes);
  // Loaded on the first namespace to check: a run answered from the cache never loads the kernel and the aligner.
  const checked = reading.loaded ? (await import("./kernel")).checkNamespace(reading.loaded, settings) : undefined;
  const findings = checked?.findings ?? [];
  const paragraphs = reading.loaded?.source.catalog.paragraphs.length ?? 0;
  // Copied, so that what is kept holds its own strings: a key sliced from a catalog's text would
  // otherwise keep the whole file alive until the end of the run (findings are kept serialized).
  const alignment = checked?.alignment && structuredClone(checked.alignment);
  let held: ReturnType<typeof heldOf> | undefined;
  const heldNow = () => (held ??= heldOf(findings));
  if (cache && miss) {
    const { findingsJson } = await import("../formatters/json");
    const { groups, held: heldGroups, counts } = (held = heldOf(findings, findingsJson));
    const place = new Map(findings.map((finding, i) => [finding, i]));
    const order = groups.flatMap((group) => group.findings.map((finding) => place.get(finding)!));
    const entry: CacheEntry = { hash: miss.hash, stamps: miss.stamps, files: reading.files, paragraphs, problems: reading.problems, counts, groups: heldGroups, order, ...(alignment ? { alignment: serialize(alignment) } : {}) };
    cache.set(namespace, entry);
  }
  return {
    files: reading.files,
    paragraphs,
    problems: reading.problems,
    held: () => ({ groups: heldNow().held, counts: heldNow().counts }),
    findings: () => findings,
    alignment: () => alignment,
  };
}

/** The cache of a run, when it keeps one: not with `since` (findings depend on the revision too) nor with unsaved texts. */
export function cacheOf(options: CheckOptions, tree: Tree, settings: KernelSettings): FindingsCache | undefined {
  if (!options.cache || options.since !== undefined || options.overlay) return undefined;
  const cwd = path.resolve(options.cwd ?? process.cwd());
  return FindingsCache.open(path.resolve(cwd, options.cacheLocation ?? DEFAULT_CACHE_LOCATION), settingsKey(settings, tree, cwd));
}

/** The kernel's settings of a run. */
export function kernelSettings(options: CheckOptions): KernelSettings {
  return { active: activeRules(options.rules), ...(options.glossary ? { glossary: options.glossary } : {}), ...(options.onlyChanged ? { onlyChanged: true } : {}), ...(options.alignment ? { alignment: true } : {}) };
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
export async function runHeld(options: CheckOptions, discovered?: Layout, opened?: FindingsCache): Promise<{ run: HeldRun; cache?: FindingsCache }> {
  const settings = kernelSettings(options);
  const tree = await openTree(options, discovered);
  const { layout } = tree;
  const held = new HeldFindings();
  const problems: InputProblem[] = [];
  const alignment: AlignedNamespace[] = [];
  const cache = opened ?? cacheOf(options, tree, settings);
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

  const filtered = (options.ignores?.length ?? 0) > 0 || baselineOf !== undefined;
  for (const namespace of namespaces) {
    options.onProgress?.(started++, namespaces.length);
    const outcome = await namespaceOutcome(tree, namespace, settings, cache);
    append(problems, outcome.problems);
    files += outcome.files;
    paragraphs += outcome.paragraphs;
    if (!filtered) {
      // Nothing to leave out: the findings are held as they came (from the cache, without decoding them).
      const { groups, counts: severities } = outcome.held();
      for (const group of groups) held.addGroup(group);
      counts.errors += severities.errors;
      counts.warnings += severities.warnings;
      counts.infos += severities.infos;
    } else {
      const { kept: notIgnored, ignored } = applyIgnores(outcome.findings(), options.ignores ?? []);
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
    }
    if (options.alignment) {
      const aligned = outcome.alignment();
      if (aligned) alignment.push(aligned);
    }
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
