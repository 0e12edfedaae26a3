/** Runs the rules over the paragraphs of one namespace in one source and one target locale. */
import { createHash } from "crypto";
import type { Glossary, Report, Rule, RuleContext, TextView } from "../rules/rule";
import type { ParagraphPair, StructuralEvent } from "./alignment";
import type { LocaleProfile } from "../text/locales";
import { pairQuotations, type QuotePairing } from "../text/quote-pairing";
import type { Catalog, Finding, Paragraph, Range, Severity, Snippet } from "../types";
import { locate } from "./location";
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
}

/** How much text a snippet shows on each side of the range. */
const SNIPPET_CONTEXT = 40;

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

function lazy<T>(compute: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= compute());
}

export function compareCatalogs(input: PairInput, active: readonly ActiveRule[]): Finding[] {
  const findings: Finding[] = [];
  const { source, target } = input;

  const report = (rule: Rule, severity: Severity, sourceParagraph: Paragraph | undefined, targetParagraph: Paragraph | undefined, entry: Report) => {
    const onSource = entry.side === "source" || !targetParagraph;
    const paragraph = (onSource ? sourceParagraph : targetParagraph) as Paragraph;
    const catalog = onSource ? source.catalog : target.catalog;
    const data = entry.data ?? {};
    findings.push({
      ruleId: rule.meta.id,
      messageId: entry.messageId,
      message: formatMessage(rule.meta.messages[entry.messageId] ?? entry.messageId, data),
      severity,
      locale: target.catalog.locale,
      namespace: target.catalog.namespace,
      key: (targetParagraph ?? sourceParagraph)!.key,
      ...(sourceParagraph ? { sourceKey: sourceParagraph.key } : {}),
      file: catalog.file,
      ...locate(catalog, paragraph, entry.range),
      data,
      ...(entry.range ? { snippet: snippetOf(paragraph.text, entry.range) } : {}),
      ...(sourceParagraph ? { sourceExcerpt: sourceParagraph.text.length > 120 ? `${sourceParagraph.text.slice(0, 119)}…` : sourceParagraph.text } : {}),
      ...(entry.range ? { range: entry.range } : {}),
      side: onSource ? "source" : "target",
      textHash: createHash("sha256").update([rule.meta.id, entry.messageId, sourceParagraph?.text ?? "", targetParagraph?.text ?? ""].join("\u0000")).digest("hex").slice(0, 24),
    });
  };

  const catalogRatio = medianRatio(input.pairs);
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
  return findings;
}
