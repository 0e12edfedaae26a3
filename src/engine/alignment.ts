/**
 * Turns a namespace's content alignment into what the rules check: the paragraph pairs (by
 * content, which is by key in the normal case) and the structural events — runs of shifted
 * paragraphs, swaps, merges and splits.
 */
import type { Side } from "./compare";
import { alignParagraphs, type Link } from "../text/align/align";
import { featuresOf, PairScorer, type Features } from "../text/align/score";
import { pluralGroups } from "../text/plurals";
import type { Paragraph } from "../types";

export interface ParagraphPair {
  source?: Paragraph;
  target?: Paragraph;
  /** For a paragraph left unpaired: the paragraph of the other side that has its key, if one does. */
  sameKey?: Paragraph;
}

export interface StructuralEvent {
  kind: "shift" | "swap" | "merge" | "split";
  sources: Paragraph[];
  targets: Paragraph[];
  /** For a shift: how many places the translations moved (negative: up, to earlier keys). */
  offset?: number;
}

export interface NamespaceAlignment {
  pairs: ParagraphPair[];
  events: StructuralEvent[];
}

function features(side: Side): Features[] {
  return side.catalog.paragraphs.map((p) => featuresOf(p.key, p.text, side.text.numbers(p), side.text.quotes(p).spans.length, side.text.sentences(p), side.profile));
}

/** Consecutive 1-1 links whose keys differ by the same step form one shifted run. */
function shiftedRuns(links: Link[], source: Paragraph[], target: Paragraph[]): StructuralEvent[] {
  const events: StructuralEvent[] = [];
  let run: { sources: Paragraph[]; targets: Paragraph[]; step: number } | undefined;
  for (const link of links) {
    const shifted = link.kind === "1-1" && source[link.sources[0]].key !== target[link.targets[0]].key;
    const step = shifted ? link.targets[0] - link.sources[0] : NaN;
    if (run && (!shifted || step !== run.step)) {
      events.push({ kind: "shift", sources: run.sources, targets: run.targets, offset: run.step });
      run = undefined;
    }
    if (!shifted) continue;
    run ??= { sources: [], targets: [], step };
    run.sources.push(source[link.sources[0]]);
    run.targets.push(target[link.targets[0]]);
  }
  if (run) events.push({ kind: "shift", sources: run.sources, targets: run.targets, offset: run.step });
  return events;
}

/** Finds the paragraph a locale has for a key (through i18next in the engine). */
export type KeyLookup = (side: "source" | "target", key: string) => Paragraph | undefined;

function byMaps(source: Side, target: Side): KeyLookup {
  const maps = { source: new Map(source.catalog.paragraphs.map((p) => [p.key, p])), target: new Map(target.catalog.paragraphs.map((p) => [p.key, p])) };
  return (side, key) => maps[side].get(key);
}

export function alignNamespace(source: Side, target: Side, sourceFeatures: Features[] = features(source), lookup: KeyLookup = byMaps(source, target)): NamespaceAlignment {
  const sourceParagraphs = source.catalog.paragraphs;
  const targetParagraphs = target.catalog.paragraphs;
  // Orphans (keys the other side lacks) are marked on copies: the source's features are shared by every target.
  const targetFeatures = features(target).map((f) => (lookup("source", f.key) ? f : { ...f, orphan: true }));
  sourceFeatures = sourceFeatures.map((f) => (lookup("target", f.key) ? f : { ...f, orphan: true }));
  const targetIndex = new Map(targetParagraphs.map((p, j) => [p, j]));
  const targetByKey = { get: (key: string) => { const p = lookup("target", key); return p && targetIndex.get(p); } };
  const links = alignParagraphs(PairScorer.learn(sourceFeatures, targetFeatures), sourceFeatures, targetFeatures, (key) => targetByKey.get(key));

  // Plural forms of a source plural group are plural-forms' to judge: a uk key_few the source lacks
  // is expected, not extra; a source key_one the translation writes in another form is not missing.
  const plural = pluralGroups(sourceParagraphs.map((p) => p.key), true);
  const targetPlural = pluralGroups(targetParagraphs.map((p) => p.key), false);
  const baseOf = (key: string) => /^(.+)_(zero|one|two|few|many|other|plural|\d)$/.exec(key)?.[1];
  const pluralHandled = (key: string, side: "source" | "target") => {
    const base = baseOf(key) ?? key;
    return plural.has(base) && (side === "target" || targetPlural.has(base));
  };
  const pairs: ParagraphPair[] = [];
  const events: StructuralEvent[] = [];
  for (const link of links) {
    if (link.kind === "1-0" && pluralHandled(sourceParagraphs[link.sources[0]].key, "source")) continue;
    if (link.kind === "0-1" && pluralHandled(targetParagraphs[link.targets[0]].key, "target")) continue;
    const sources = link.sources.map((i) => sourceParagraphs[i]);
    const targets = link.targets.map((j) => targetParagraphs[j]);
    switch (link.kind) {
      case "1-1":
        pairs.push({ source: sources[0], target: targets[0] });
        break;
      case "1-0": {
        const sameKey = lookup("target", sources[0].key);
        pairs.push({ source: sources[0], ...(sameKey ? { sameKey } : {}) });
        break;
      }
      case "0-1": {
        const sameKey = lookup("source", targets[0].key);
        pairs.push({ target: targets[0], ...(sameKey ? { sameKey } : {}) });
        break;
      }
      case "swap":
        // Swapped paragraphs are whole translations: their content is checked with their partners.
        pairs.push({ source: sources[0], target: targets[0] }, { source: sources[1], target: targets[1] });
        events.push({ kind: "swap", sources, targets });
        break;
      case "2-1":
        events.push({ kind: "merge", sources, targets });
        break;
      case "1-2":
        events.push({ kind: "split", sources, targets });
        break;
    }
  }
  events.push(...shiftedRuns(links.filter((link) => link.kind === "1-1"), sourceParagraphs, targetParagraphs));
  return { pairs, events };
}

export { features as featuresOfSide };
