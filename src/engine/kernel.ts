/**
 * The kernel: checks one namespace, already read, and returns its findings and alignment as plain
 * data. Pure — no file system, git or formatter knowledge (a test scans its imports): the tree
 * reader (catalog/tree.ts) brings the catalogs, and the run loop (check.ts) keeps the results.
 */
import { CatalogResources } from "../catalog/resources";
import { append } from "../lists";
import missingParagraph from "../rules/missing-paragraph";
import { profileFor } from "./profiles";
import type { AlignedNamespace, Catalog, Finding, Paragraph } from "../types";
import { alignNamespaceTargets, featuresOfSide, type KeyLookup, type NamespaceAlignment } from "./alignment";
import { compareCatalogs, type ActiveRule, type Side } from "./compare";
import { formatMessage } from "./message";
import { createTextView } from "./text-view";

export interface LoadedSource {
  locale: string;
  /** The language the locale is read as (an alias applied: ua → uk). */
  language: string;
  catalog: Catalog;
}

/** A target of the namespace; without a catalog when its file does not exist (`file`: where it was expected). */
export interface LoadedTarget {
  locale: string;
  language: string;
  file: string;
  catalog?: Catalog;
}

export interface LoadedNamespace {
  namespace: string;
  source: LoadedSource;
  targets: LoadedTarget[];
  /** With --since: the texts by key at the revision, of the source and of each target read. */
  previous?: { ref: string; source: Map<string, string>; targets: Map<string, Map<string, string>> };
}

export interface KernelSettings {
  active: readonly ActiveRule[];
  glossary?: Record<string, Record<string, string>>;
  /** With `previous`: keep only findings in paragraphs whose source or translation changed. */
  onlyChanged?: boolean;
  /** Return the alignment (for reports that show paragraphs side by side or list every pair). */
  alignment?: boolean;
}

export interface NamespaceResult {
  findings: Finding[];
  alignment?: AlignedNamespace;
}

function missingFileFinding(loaded: LoadedNamespace, target: LoadedTarget, severity: ActiveRule["severity"]): Finding {
  const data = { locale: target.locale, paragraphs: loaded.source.catalog.paragraphs.length, expectedFile: target.file };
  return {
    ruleId: missingParagraph.meta.id,
    messageId: "missingFile",
    message: formatMessage(missingParagraph.meta.messages.missingFile, data),
    severity,
    locale: target.locale,
    namespace: loaded.namespace,
    key: "",
    file: loaded.source.catalog.file,
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    data,
  };
}

/** The alignment by positions in each catalog's reading order (-1: no paragraph on that side). */
function alignedData(source: Catalog, targets: ReadonlyArray<{ locale: string; catalog: Catalog }>, alignments: NamespaceAlignment[]): AlignedNamespace {
  const cells = (catalog: Catalog) => catalog.paragraphs.map((p) => ({ key: p.key, text: p.text }));
  const sourceAt = new Map(source.paragraphs.map((p, i) => [p, i]));
  return {
    namespace: source.namespace,
    source: cells(source),
    targets: targets.map(({ locale, catalog }, t) => {
      const targetAt = new Map(catalog.paragraphs.map((p, j) => [p, j]));
      const at = (map: Map<Paragraph, number>, p: Paragraph | undefined) => (p ? map.get(p)! : -1);
      return {
        locale,
        paragraphs: cells(catalog),
        pairs: alignments[t].pairs.map((pair): [number, number] => [at(sourceAt, pair.source), at(targetAt, pair.target)]),
        events: alignments[t].events.map((event) => ({ kind: event.kind, sources: event.sources.map((p) => sourceAt.get(p)!), targets: event.targets.map((p) => targetAt.get(p)!) })),
      };
    }),
  };
}

/**
 * Each source paragraph's translation in one target, by that target's alignment: 1-1 pairs only. A
 * paragraph merged with its neighbour, or split in two, translates more or less than its source,
 * so it witnesses nothing about the other translations of that paragraph.
 */
function translationsBySource(alignment: NamespaceAlignment): Map<Paragraph, Paragraph> {
  const joined = new Set<Paragraph>();
  for (const event of alignment.events) if (event.kind === "merge" || event.kind === "split") for (const p of [...event.sources, ...event.targets]) joined.add(p);
  const translations = new Map<Paragraph, Paragraph>();
  for (const pair of alignment.pairs) if (pair.source && pair.target && !joined.has(pair.source) && !joined.has(pair.target)) translations.set(pair.source, pair.target);
  return translations;
}

/** Findings in paragraphs whose source or translation changed since the revision. */
function changedOnly(findings: Finding[], source: Catalog, target: Catalog, before: { source: Map<string, string>; target: Map<string, string> }): Finding[] {
  const targetTexts = new Map(target.paragraphs.map((p) => [p.key, p.text]));
  const sourceTexts = new Map(source.paragraphs.map((p) => [p.key, p.text]));
  return findings.filter((f) => (f.sourceKey !== undefined && before.source.get(f.sourceKey) !== sourceTexts.get(f.sourceKey)) || before.target.get(f.key) !== targetTexts.get(f.key));
}

let sharedResources: CatalogResources | undefined;

/** Checks one namespace: every target against the source, sibling translations witnessing each other. */
export function checkNamespace(loaded: LoadedNamespace, settings: KernelSettings): NamespaceResult {
  const findings: Finding[] = [];
  const resources = (sharedResources ??= new CatalogResources());
  const sourceCatalog = loaded.source.catalog;
  const from = profileFor(loaded.source.language);
  const sourceSide: Side = { catalog: sourceCatalog, profile: from, text: createTextView(sourceCatalog.paragraphs, from) };
  const missingRule = settings.active.find((entry) => entry.rule === missingParagraph);
  const present: Array<{ locale: string; catalog: Catalog; side: Side; lookup: KeyLookup }> = [];
  resources.add(sourceCatalog);
  try {
    // Every target of the namespace is read before any is aligned: sibling translations witness each other.
    for (const target of loaded.targets) {
      if (!target.catalog) {
        if (missingRule) findings.push(missingFileFinding(loaded, target, missingRule.severity));
        continue;
      }
      resources.add(target.catalog);
      const profile = profileFor(target.language);
      const lookup: KeyLookup = (side, key) => resources.lookup(side === "source" ? loaded.source.locale : target.locale, loaded.namespace, key);
      present.push({ locale: target.locale, catalog: target.catalog, side: { catalog: target.catalog, profile, text: createTextView(target.catalog.paragraphs, profile) }, lookup });
    }
    const alignments = present.length ? alignNamespaceTargets(sourceSide, present, featuresOfSide(sourceSide)) : [];
    const bySource = alignments.map(translationsBySource);
    present.forEach(({ locale, catalog, side }, t) => {
      // The namespace's other translations, each paragraph by its own alignment: witnesses for the rules.
      const siblings = present.flatMap((other, o) => (o === t ? [] : [{ profile: other.side.profile, text: other.side.text, bySource: bySource[o] }]));
      const oldTarget = loaded.previous?.targets.get(locale);
      const previous = loaded.previous && oldTarget ? { ref: loaded.previous.ref, source: loaded.previous.source, target: oldTarget } : undefined;
      const found = compareCatalogs({ source: sourceSide, target: side, ...alignments[t], siblings, ...(previous ? { previous } : {}), ...(settings.glossary ? { glossary: settings.glossary } : {}) }, settings.active);
      append(findings, previous && settings.onlyChanged ? changedOnly(found, sourceCatalog, catalog, previous) : found);
    });
    return { findings, ...(settings.alignment ? { alignment: alignedData(sourceCatalog, present, alignments) } : {}) };
  } finally {
    for (const { catalog } of present) resources.remove(catalog);
    resources.remove(sourceCatalog);
  }
}
