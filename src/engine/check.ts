/** The library's entry point and the run loop: the tree reader's namespaces, one at a time, through the kernel and the pipeline. */
import type { Layout } from "../catalog/loader";
import { openTree, readNamespaces } from "../catalog/tree";
import { ConfigError } from "../errors";
import { append } from "../lists";
import { rules, rulesById } from "../rules";
import type { AlignedNamespace, Finding, InputProblem, RunResult, SeveritySetting } from "../types";
import type { ActiveRule } from "./compare";
import { checkNamespace } from "./kernel";
import { applyBaseline, applyIgnores, countSeverities, sortFindings, type BaselineEntry, type IgnoreRule } from "./pipeline";
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

/** `discovered`: the layout of these options when the caller has already found it (checkInParallel). */
export async function check(options: CheckOptions, discovered?: Layout): Promise<RunResult> {
  const active = activeRules(options.rules);
  const tree = await openTree(options, discovered);
  const { layout } = tree;
  const findings: Finding[] = [];
  const problems: InputProblem[] = [];
  const alignment: AlignedNamespace[] = [];
  const settings = { active, ...(options.glossary ? { glossary: options.glossary } : {}), ...(options.onlyChanged ? { onlyChanged: true } : {}), ...(options.alignment ? { alignment: true } : {}) };
  let files = 0;
  let started = 0;
  let paragraphs = 0;
  const namespaces = options.shard ? namespacesOfShard(layout.namespaces, options.shard) : layout.namespaces;
  // A shard sees only its namespaces, so the baseline's entries for the others are not "fixed".
  const baseline = options.baseline && options.shard ? options.baseline.filter((entry) => namespaces.includes(entry.namespace)) : options.baseline;

  for await (const reading of readNamespaces(tree, namespaces)) {
    options.onProgress?.(started++, namespaces.length);
    append(problems, reading.problems);
    files += reading.files;
    if (!reading.loaded) continue;
    paragraphs += reading.loaded.source.catalog.paragraphs.length;
    const result = checkNamespace(reading.loaded, settings);
    append(findings, result.findings);
    if (result.alignment) alignment.push(result.alignment);
  }

  options.onProgress?.(namespaces.length, namespaces.length);
  const { kept: notIgnored, ignored } = applyIgnores(findings, options.ignores ?? []);
  const fromBaseline = baseline ? applyBaseline(notIgnored, baseline) : undefined;
  const sorted = sortFindings(fromBaseline ? fromBaseline.kept : notIgnored);
  return {
    source: layout.source,
    targets: layout.targets,
    findings: sorted,
    problems,
    notices: layout.notices,
    ...(options.alignment ? { alignment } : {}),
    summary: {
      ...countSeverities(sorted),
      files,
      namespaces: namespaces.length,
      paragraphs,
      ...(ignored ? { ignored } : {}),
      ...(fromBaseline ? { baselineHidden: fromBaseline.hidden, baselineFixed: fromBaseline.fixed } : {}),
    },
  };
}
