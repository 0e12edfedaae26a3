/** Runs the rules over the paragraphs of one namespace in one source and one target locale. */
import { createHash } from "../hash";
import type { Glossary, Report, Rule, RuleContext, Sibling, TextView } from "../rules/rule";
import type { ParagraphPair, StructuralEvent } from "./alignment";
import type { LocaleProfile } from "../text/locales";
import { pairQuotations, type QuotePairing } from "../text/quote-pairing";
import type { Catalog, Finding, Paragraph, Range, Severity, Snippet } from "../types";
import { locate, locateFix } from "./location";
import { formatMessage } from "./message";

export interface ActiveRule {
  rule: Rule;
  severity: Severity;
}

export interface Side {
  catalog: Catalog;
  profile: LocaleProfile;
  text: TextView;
}

export interface PairInput {
  source: Side;
  target: Side;
  glossary?: Glossary;
  /** With --since: the texts by key at the revision, per side. */
  previous?: { ref: string; source: ReadonlyMap<string, string>; target: ReadonlyMap<string, string> };
  /** The paragraph pairs to check, by content alignment (which is by key in the normal case). */
  pairs: ParagraphPair[];
  events: StructuralEvent[];
  /** The namespace's other targets: each source paragraph's translation there, by its alignment. */
  siblings?: readonly SiblingSide[];
}

export interface SiblingSide {
  profile: LocaleProfile;
  text: TextView;
  bySource: ReadonlyMap<Paragraph, Paragraph>;
}

/** How much text a snippet shows on each side of the range. */
const SNIPPET_CONTEXT = 40;

/** A rule reports at most this many findings in one paragraph pair (hostile text has one per character). */
const MAX_PER_PARAGRAPH = 100;

/** A marked range longer than this keeps its start and end, with "…" between. */
const SNIPPET_MARK = 60;

function snippetOf(text: string, range: Range): Snippet {
  const from = Math.max(0, range.start - SNIPPET_CONTEXT);
  const to = Math.min(text.length, range.end + SNIPPET_CONTEXT);
  const head = from > 0 ? "…" : "";
  const tail = to < text.length ? "…" : "";
  const marked = text.slice(range.start, range.end);
  const shown = marked.length > SNIPPET_MARK ? `${marked.slice(0, 35)}…${marked.slice(-20)}` : marked;
  const before = `${head}${text.slice(from, range.start)}`;
  return { text: `${before}${shown}${text.slice(range.end, to)}${tail}`, start: before.length, end: before.length + shown.length };
}

/** The median target/source length of the aligned pairs with text on both sides: robust to outliers. */
function medianRatio(pairs: readonly ParagraphPair[]): number | undefined {
  const ratios: number[] = [];
  for (const { source, target } of pairs) {
    if (source && target && source.text.trim() && target.text.trim()) ratios.push(target.text.length / source.text.length);
  }
  if (ratios.length < 5) return undefined;
  ratios.sort((a, b) => a - b);
  return ratios[Math.floor(ratios.length / 2)];
}

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/** A report may ask for less than its rule's severity (a short title left unquoted), never more. */
function atMost(severity: Severity, cap: Severity | undefined): Severity {
  return cap !== undefined && RANK[cap] < RANK[severity] ? cap : severity;
}

function lazy<T>(compute: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= compute());
}

export function compareCatalogs(input: PairInput, active: readonly ActiveRule[]): Finding[] {
  const findings: Finding[] = [];
  const { source, target } = input;
  // Per paragraph pair: one digest per message (hashing both texts per finding is quadratic when a
  // long paragraph has thousands of findings) and at most MAX_PER_PARAGRAPH findings per rule.
  let pairState = { source: undefined as Paragraph | undefined, target: undefined as Paragraph | undefined, hashes: new Map<string, string>(), counts: new Map<string, number>(), last: new Map<string, Finding>() };
  const capped = new Map<Finding, number>();
  const stateOf = (sourceParagraph: Paragraph | undefined, targetParagraph: Paragraph | undefined) => {
    if (pairState.source !== sourceParagraph || pairState.target !== targetParagraph) {
      pairState = { source: sourceParagraph, target: targetParagraph, hashes: new Map(), counts: new Map(), last: new Map() };
    }
    return pairState;
  };
  const textHash = (ruleId: string, messageId: string, sourceParagraph: Paragraph | undefined, targetParagraph: Paragraph | undefined) => {
    const { hashes } = stateOf(sourceParagraph, targetParagraph);
    const id = `${ruleId}\u0000${messageId}`;
    let hash = hashes.get(id);
    if (hash === undefined) {
      hash = createHash("sha256").update([ruleId, messageId, sourceParagraph?.text ?? "", targetParagraph?.text ?? ""].join("\u0000")).digest("hex").slice(0, 24);
      hashes.set(id, hash);
    }
    return hash;
  };
  /** False once the rule has reported its share in this pair; its last finding kept counts the rest. */
  const withinShare = (ruleId: string, sourceParagraph: Paragraph | undefined, targetParagraph: Paragraph | undefined) => {
    const { counts, last } = stateOf(sourceParagraph, targetParagraph);
    const count = (counts.get(ruleId) ?? 0) + 1;
    counts.set(ruleId, count);
    if (count <= MAX_PER_PARAGRAPH) return true;
    const kept = last.get(ruleId) as Finding;
    capped.set(kept, (capped.get(kept) ?? 0) + 1);
    return false;
  };

  const report = (rule: Rule, severity: Severity, sourceParagraph: Paragraph | undefined, targetParagraph: Paragraph | undefined, entry: Report) => {
    if (!withinShare(rule.meta.id, sourceParagraph, targetParagraph)) return;
    const onSource = entry.side === "source" || !targetParagraph;
    const paragraph = (onSource ? sourceParagraph : targetParagraph) as Paragraph;
    const catalog = onSource ? source.catalog : target.catalog;
    const data = entry.data ?? {};
    if (entry.fix && !rule.meta.fixable) throw new Error(`Rule "${rule.meta.id}" reports a fix but its meta does not say fixable: true`);
    findings.push({
      ruleId: rule.meta.id,
      messageId: entry.messageId,
      message: formatMessage(rule.meta.messages[entry.messageId] ?? entry.messageId, data),
      severity: atMost(severity, entry.severity),
      locale: target.catalog.locale,
      namespace: target.catalog.namespace,
      key: (targetParagraph ?? sourceParagraph)!.key,
      ...(sourceParagraph ? { sourceKey: sourceParagraph.key } : {}),
      file: catalog.file,
      ...locate(catalog, paragraph, entry.range),
      data,
      ...(entry.fix?.length ? { fix: locateFix(catalog, paragraph, entry.fix) } : {}),
      ...(entry.range ? { snippet: snippetOf(paragraph.text, entry.range) } : {}),
      ...(sourceParagraph ? { sourceExcerpt: sourceParagraph.text.length > 120 ? `${sourceParagraph.text.slice(0, 119)}…` : sourceParagraph.text } : {}),
      ...(entry.range ? { range: entry.range } : {}),
      side: onSource ? "source" : "target",
      textHash: textHash(rule.meta.id, entry.sameAs ?? entry.messageId, sourceParagraph, targetParagraph),
    });
    pairState.last.set(rule.meta.id, findings[findings.length - 1]);
  };

  const catalogRatio = medianRatio(input.pairs);
  // No sibling side: the namespace has no other translation. An empty list: it has one, but it
  // cannot witness this paragraph (unpaired, merged or split there).
  const siblingsOf = (sourceParagraph: Paragraph | undefined): Sibling[] | undefined => {
    if (!input.siblings?.length) return undefined;
    if (!sourceParagraph) return [];
    return input.siblings.flatMap((side) => {
      const paragraph = side.bySource.get(sourceParagraph);
      return paragraph ? [{ paragraph, profile: side.profile, text: side.text }] : [];
    });
  };
  // One context per pair, its `report` swapped per rule (rules read it as they start): no object per rule per pair.
  let pairSource: Paragraph | undefined;
  let pairTarget: Paragraph | undefined;
  const reporters = active.map(({ rule, severity }) => (entry: Report) => report(rule, severity, pairSource, pairTarget, entry));
  const run = ({ source: sourceParagraph, target: targetParagraph, sameKey }: ParagraphPair) => {
    pairSource = sourceParagraph;
    pairTarget = targetParagraph;
    const quotePairing = lazy<QuotePairing>(() => {
      if (!sourceParagraph || !targetParagraph) return { pairs: [], unpairedSource: [], unpairedTarget: [] };
      const shape = { sourceLength: sourceParagraph.text.length, targetLength: targetParagraph.text.length };
      return pairQuotations(source.text.quotes(sourceParagraph).spans, target.text.quotes(targetParagraph).spans, shape, source.profile, target.profile);
    });
    const context: RuleContext = {
      source: sourceParagraph,
      target: targetParagraph,
      sameKey,
      catalogRatio,
      glossary: input.glossary,
      siblings: siblingsOf(sourceParagraph),
      ...(input.previous && sourceParagraph && targetParagraph
        ? { previous: { ref: input.previous.ref, source: input.previous.source.get(sourceParagraph.key), target: input.previous.target.get(targetParagraph.key) } }
        : {}),
      from: source.profile,
      to: target.profile,
      sourceText: source.text,
      targetText: target.text,
      quotePairing,
      report: reporters[0],
    };
    for (let r = 0; r < active.length; r++) {
      const { rule } = active[r];
      if (!rule.check) continue;
      context.report = reporters[r];
      rule.check(context);
    }
  };

  for (const { rule, severity } of active) {
    rule.checkCatalog?.({
      source: source.catalog,
      target: target.catalog,
      pairs: input.pairs,
      language: target.profile.id,
      languageName: target.profile.name,
      report: (entry, at, sourceParagraph) => report(rule, severity, sourceParagraph, at, entry),
    });
  }
  for (const pair of input.pairs) run(pair);
  for (const event of input.events) {
    // The finding stands at the first target paragraph in reading order, with the source it holds.
    const first = event.targets.reduce((a, b) => (b.valueOffset < a.valueOffset ? b : a));
    const itsSource = event.kind === "swap" ? event.sources[event.targets.indexOf(first)] : event.sources[0];
    for (const { rule, severity } of active) {
      rule.checkStructure?.({ ...event, from: source.profile, to: target.profile, report: (entry) => report(rule, severity, itsSource, first, entry) });
    }
  }
  for (const [finding, more] of capped) finding.message += ` (and ${more.toLocaleString("en")} more like it in this paragraph, not listed)`;
  return findings;
}
