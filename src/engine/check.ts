/** The library's entry point: checks every namespace of the source against each target, one namespace at a time. */
import path from "path";
import { discoverLayout, loadCatalog, type Layout } from "../catalog/loader";
import { parseCatalog } from "../catalog/parse";
import { CatalogResources } from "../catalog/resources";
import { ConfigError } from "../errors";
import { append } from "../lists";
import { rules, rulesById } from "../rules";
import missingParagraph from "../rules/missing-paragraph";
import { profileFor } from "../text/locales";
import type { CheckedPair, Finding, InputProblem, Paragraph, ReportNamespace, ReportRow, RunResult, SeveritySetting } from "../types";
import type { NamespaceAlignment, ParagraphPair } from "./alignment";

/** Puts a target's aligned paragraphs into the report's rows: gaps stay empty, added ones get rows of their own. */
function collectRows(rows: ReportRow[], rowOf: Map<Paragraph, number>, locale: string, alignment: NamespaceAlignment): void {
  const cell = (p: Paragraph) => ({ key: p.key, text: p.text });
  for (const pair of alignment.pairs) {
    if (pair.source && pair.target) (rows[rowOf.get(pair.source)!].targets[locale] ??= []).push(cell(pair.target));
    else if (pair.target) rows.push({ targets: { [locale]: [cell(pair.target)] } });
  }
  for (const event of alignment.events) {
    if (event.kind === "merge") {
      (rows[rowOf.get(event.sources[0])!].targets[locale] ??= []).push(cell(event.targets[0]));
      (rows[rowOf.get(event.sources[1])!].merged ??= {})[locale] = true;
    } else if (event.kind === "split") {
      (rows[rowOf.get(event.sources[0])!].targets[locale] ??= []).push(...event.targets.map(cell));
    }
  }
}
import { alignNamespaceTargets, featuresOfSide, type KeyLookup } from "./alignment";
import { compareCatalogs, type ActiveRule, type Side } from "./compare";
import { formatMessage } from "./message";
import { applyBaseline, applyIgnores, countSeverities, sortFindings, type BaselineEntry, type IgnoreRule } from "./pipeline";
import { namespacesOfShard, type Shard } from "./shard";
import { createTextView } from "./text-view";

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
  /** List every checked paragraph pair in the result (for JUnit). */
  listPairs?: boolean;
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
  /** Collect the aligned paragraphs side by side (for the HTML report). */
  collectRows?: boolean;
  /** Check only this share of the namespaces (`--shard 2/3`); join the shards' results with mergeResults. */
  shard?: Shard;
  /** Catalog texts by absolute path that stand in for the files on disk (an editor's unsaved documents). */
  overlay?: ReadonlyMap<string, string>;
  /** Called after each namespace: how many are done of how many. */
  onProgress?: (done: number, total: number) => void;
}

/** Texts by key of a catalog file's JSON (flattened as the loader flattens), or an empty map. */
function textsOf(json: string | undefined): Map<string, string> {
  const texts = new Map<string, string>();
  if (json === undefined) return texts;
  const parsed = parseCatalog(json.charCodeAt(0) === 0xfeff ? json.slice(1) : json, "(revision)");
  for (const p of parsed.paragraphs) texts.set(p.key, p.text);
  return texts;
}

/** Each source paragraph's translation in one target, by that target's alignment. */
function translationsBySource(pairs: readonly ParagraphPair[]): Map<Paragraph, Paragraph> {
  const translations = new Map<Paragraph, Paragraph>();
  for (const pair of pairs) if (pair.source && pair.target) translations.set(pair.source, pair.target);
  return translations;
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

function missingFileFinding(layout: Layout, namespace: string, target: string, paragraphs: number, display: (file: string) => string, severity: ActiveRule["severity"]): Finding {
  const data = { locale: target, paragraphs, expectedFile: display(layout.file(target, namespace)) };
  return {
    ruleId: missingParagraph.meta.id,
    messageId: "missingFile",
    message: formatMessage(missingParagraph.meta.messages.missingFile, data),
    severity,
    locale: target,
    namespace,
    key: "",
    file: display(layout.file(layout.source, namespace)),
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    data,
  };
}

/** The problems of a catalog that could not be read, marked so that every report can say what was not checked. */
function uncheckedBy(problems: readonly InputProblem[], locale: string, namespace: string): InputProblem[] {
  return problems.map((problem) => ({ ...problem, unchecked: { locale, namespace } }));
}

/** `discovered`: the layout of these options when the caller has already found it (checkInParallel). */
export async function check(options: CheckOptions, discovered?: Layout): Promise<RunResult> {
  const cwd = options.cwd ?? process.cwd();
  const active = activeRules(options.rules);
  const layout = discovered ?? (await discoverLayout({ ...options, cwd, locales: path.resolve(cwd, options.locales) }));
  const from = profileFor(layout.language(layout.source));
  const targets = layout.targets.map((locale) => ({ locale, profile: profileFor(layout.language(locale)) }));
  const display = (file: string) => path.relative(cwd, file).split(path.sep).join("/");
  const findings: Finding[] = [];
  const problems: InputProblem[] = [];
  const resources = new CatalogResources();
  const missingRule = active.find((entry) => entry.rule === missingParagraph);
  const checked: CheckedPair[] = [];
  const reportNamespaces: ReportNamespace[] = [];
  const revision = options.since !== undefined ? (await import("../vcs/git")).openRevision(options.since, cwd) : undefined;
  let files = 0;
  let started = 0;
  let paragraphs = 0;
  const namespaces = options.shard ? namespacesOfShard(layout.namespaces, options.shard) : layout.namespaces;
  // A shard sees only its namespaces, so the baseline's entries for the others are not "fixed".
  const baseline = options.baseline && options.shard ? options.baseline.filter((entry) => namespaces.includes(entry.namespace)) : options.baseline;

  for (const namespace of namespaces) {
    options.onProgress?.(started++, namespaces.length);
    const loaded = await loadCatalog(layout.file(layout.source, namespace), layout.source, namespace, display(layout.file(layout.source, namespace)), options.overlay);
    append(problems, loaded.catalog ? loaded.problems : uncheckedBy(loaded.problems, layout.source, namespace));
    if (!loaded.catalog) continue;
    files++;
    const sourceCatalog = loaded.catalog;
    resources.add(sourceCatalog);
    paragraphs += sourceCatalog.paragraphs.length;
    const sourceSide = { catalog: sourceCatalog, profile: from, text: createTextView(sourceCatalog.paragraphs, from) };
    const oldSource = revision ? textsOf(revision.read(layout.file(layout.source, namespace))) : undefined;
    const rows: ReportRow[] = options.collectRows ? sourceCatalog.paragraphs.map((p) => ({ source: { key: p.key, text: p.text }, targets: {} })) : [];
    const rowOf = new Map(sourceCatalog.paragraphs.map((p, i) => [p, i]));
    if (options.collectRows) reportNamespaces.push({ namespace, rows });
    // Every target of the namespace is read before any is aligned: sibling translations witness each other.
    const loadedTargets: Array<{ locale: string; side: Side; lookup: KeyLookup }> = [];
    for (const { locale, profile } of targets) {
      if (!layout.has(locale, namespace)) {
        if (missingRule) findings.push(missingFileFinding(layout, namespace, locale, sourceCatalog.paragraphs.length, display, missingRule.severity));
        continue;
      }
      const target = await loadCatalog(layout.file(locale, namespace), locale, namespace, display(layout.file(locale, namespace)), options.overlay);
      append(problems, target.catalog ? target.problems : uncheckedBy(target.problems, locale, namespace));
      if (!target.catalog) continue;
      files++;
      resources.add(target.catalog);
      const lookup: KeyLookup = (side, key) => resources.lookup(side === "source" ? layout.source : locale, namespace, key);
      loadedTargets.push({ locale, side: { catalog: target.catalog, profile, text: createTextView(target.catalog.paragraphs, profile) }, lookup });
    }
    const alignments = loadedTargets.length ? alignNamespaceTargets(sourceSide, loadedTargets, featuresOfSide(sourceSide)) : [];
    loadedTargets.forEach(({ locale, side: targetSide }, t) => {
      const targetCatalog = targetSide.catalog;
      const alignment = alignments[t];
      if (options.collectRows) collectRows(rows, rowOf, locale, alignment);
      if (options.listPairs) for (const pair of alignment.pairs) checked.push({ locale, namespace, key: (pair.target ?? pair.source)!.key });
      const oldTarget = revision ? textsOf(revision.read(layout.file(locale, namespace))) : undefined;
      const previous = revision && oldSource && oldTarget ? { ref: revision.ref, source: oldSource, target: oldTarget } : undefined;
      const siblings = loadedTargets.flatMap((other, o) => (o === t ? [] : [{ profile: other.side.profile, text: other.side.text, bySource: translationsBySource(alignments[o].pairs) }]));
      let found = compareCatalogs({ source: sourceSide, target: targetSide, ...alignment, siblings, ...(previous ? { previous } : {}), ...(options.glossary ? { glossary: options.glossary } : {}) }, active);
      if (previous && options.onlyChanged) {
        const targetTexts = new Map(targetCatalog.paragraphs.map((p) => [p.key, p.text]));
        const sourceTexts = new Map(sourceCatalog.paragraphs.map((p) => [p.key, p.text]));
        const changed = (f: Finding) => (f.sourceKey !== undefined && previous.source.get(f.sourceKey) !== sourceTexts.get(f.sourceKey)) || previous.target.get(f.key) !== targetTexts.get(f.key);
        found = found.filter(changed);
      }
      append(findings, found);
      resources.remove(targetCatalog);
    });
    resources.remove(sourceCatalog);
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
    ...(options.listPairs ? { pairs: checked } : {}),
    ...(options.collectRows ? { report: reportNamespaces } : {}),
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
