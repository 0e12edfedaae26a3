/**
 * Turns a namespace's content alignment into what the rules check: the paragraph pairs (by
 * content, which is by key in the normal case) and the structural events — runs of shifted
 * paragraphs, swaps, merges and splits.
 */
import type { Side } from "./compare";
import { alignParagraphs, featuresOf, JointScorer, kinCost, kinGrams, PairScorer, staysInStep, TermWeights, totalCost, type Features, type Link, type TargetIndex } from "../text/align";
import { append } from "../lists";
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
  return side.catalog.paragraphs.map((p, i) => featuresOf(p.key, i, p.text, side.text.numbers(p), side.text.quotes(p), side.text.sentences(p), side.profile));
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

/** Finds paragraphs by their keys in the two catalogs' own lists (outside the engine, which asks i18next). */
export function keyLookup(source: Side, target: Side): KeyLookup {
  const maps = { source: new Map(source.catalog.paragraphs.map((p) => [p.key, p])), target: new Map(target.catalog.paragraphs.map((p) => [p.key, p])) };
  return (side, key) => maps[side].get(key);
}

/**
 * The longest namespace whose translations are read as each other's witnesses: an article has tens
 * of paragraphs, and the readings cost too much per paragraph in archives of thousands (docs/speed.md).
 */
const MAX_SIBLING_PARAGRAPHS = 2000;

/** One target of a namespace, prepared for alignment: features with orphans marked, the learned scorer, and its own alignment. */
interface Prepared {
  side: Side;
  lookup: KeyLookup;
  source: Features[];
  target: Features[];
  scorer: PairScorer;
  index: TargetIndex;
  ordered: boolean;
  links: Link[];
  /**
   * Nothing a witness could change: the keys are the source's, the translation's own alignment
   * found nothing, and either no two neighbouring paragraphs escaped the anchors (a drop, merge,
   * split or swap leaves at least two unanchored, or a key missing) or none is contested.
   */
  settled: boolean;
  /** This translation's scorer witnessed by each sibling, made once: what staysInStep costs, the full reading need not cost again. */
  witnessedBy: Map<Prepared, PairScorer>;
}

function prepare(sourceFeatures: Features[], weights: TermWeights, target: Side, lookup: KeyLookup): Prepared {
  // Orphans (keys the other side lacks) are marked on copies: the source's features are shared by every target.
  const targetFeatures = features(target).map((f) => (lookup("source", f.key) ? f : { ...f, orphan: true }));
  // The target's paragraph by key, asked once per key: the walks ask each source key's place again and again.
  const byKey = new Map<string, Paragraph | undefined>();
  const targetOf = (key: string) => {
    if (byKey.has(key)) return byKey.get(key);
    const p = lookup("target", key);
    byKey.set(key, p);
    return p;
  };
  const marked = sourceFeatures.map((f) => (targetOf(f.key) ? f : { ...f, orphan: true }));
  const position = new Map(target.catalog.paragraphs.map((p, j) => [p, j]));
  const index: TargetIndex = (key) => {
    const p = targetOf(key);
    return p && position.get(p);
  };
  const scorer = PairScorer.learn(marked, targetFeatures, weights);
  const report = { ordered: false, longest: 0 };
  const links = alignParagraphs(scorer, marked, targetFeatures, index, report);
  const sameKeys = marked.length === targetFeatures.length && marked.every((f, i) => f.key === targetFeatures[i].key);
  const keyed = links.every((link) => link.kind === "1-1" && marked[link.sources[0]].key === targetFeatures[link.targets[0]].key);
  const settled = sameKeys && keyed && (report.longest < 2 || !contested(scorer, marked, targetFeatures));
  return { side: target, lookup, source: marked, target: targetFeatures, scorer, index, ordered: report.ordered, links, settled, witnessedBy: new Map() };
}

/**
 * Whether any paragraph would pair better with a neighbour's translation than with its own (in a
 * catalog whose keys are the source's): the trace every drop, merge, split or swap leaves. A loose
 * translation that merely fails to stand out is not contested.
 */
function contested(scorer: PairScorer, source: Features[], target: Features[]): boolean {
  const pair = (i: number, j: number) => scorer.pair(source[i], target[j], false);
  for (let i = 0; i < source.length; i++) {
    const own = pair(i, i);
    if ((i > 0 && (pair(i, i - 1) < own || pair(i - 1, i) < own)) || (i + 1 < source.length && (pair(i, i + 1) < own || pair(i + 1, i) < own))) return true;
  }
  return false;
}

/** A target paragraph's folded trigrams, read the first time a reading asks. */
function kinOf(prepared: Prepared, j: number): Features {
  const f = prepared.target[j];
  f.kin ??= kinGrams(prepared.side.catalog.paragraphs[j].text, prepared.side.profile.kinship!);
  return f;
}

/** The sources, each carrying the trigrams of the witness's paragraph with its key. */
function witnessed(sources: Features[], witness: Prepared): Features[] {
  return sources.map((f) => {
    const j = witness.index(f.key);
    const grams = j === undefined ? undefined : witness.target[j].kin;
    return grams ? { ...f, witness: grams } : f;
  });
}

/** The scorer of `moved` witnessed by `witness` (costs are a function of the paragraphs at each position, so one scorer serves every reading of the pair). */
function witnessedScorer(moved: Prepared, witness: Prepared): PairScorer {
  let scorer = moved.witnessedBy.get(witness);
  if (!scorer) moved.witnessedBy.set(witness, (scorer = moved.scorer.withWitness()));
  return scorer;
}

/** Whether links pair source k with target k, each of `n` (what the key pairing is where both sides have the same keys). */
function inStep(links: Link[], n: number): boolean {
  return links.length === n && links.every((link, k) => link.kind === "1-1" && link.sources[0] === k && link.targets[0] === k);
}

/**
 * Whether the reading of `moved` witnessed by `witness` (alignSiblings' second and third) would
 * return the key pairing in step: decided on bounds where they suffice (staysInStep), reading
 * trigrams only around the pairs they leave in doubt. Both have the source's keys at the source's places.
 */
function witnessedInStep(moved: Prepared, witness: Prepared): boolean {
  const sources: Array<Features | undefined> = [];
  return staysInStep({
    scorer: witnessedScorer(moved, witness),
    source: moved.source,
    target: moved.target,
    witnessed: (i) => (sources[i] ??= { ...moved.source[i], witness: kinOf(witness, i).kin }),
    read: (j) => kinOf(moved, j),
    index: moved.index,
  });
}

/**
 * Whether every reading of two siblings would leave both in step with the source by their keys,
 * as their own alignments do: then which reading wins changes nothing. The joint reading's links
 * (which read no trigrams) are given; the witnessed ones are shown in step by witnessedInStep.
 */
function allInStep(a: Prepared, b: Prepared, joint: Link[]): boolean {
  const n = a.source.length;
  const placed = (p: Prepared) => p.target.every((f, j) => p.index(f.key) === j && f.key === p.source[j].key);
  return [joint, a.links, b.links].every((links) => inStep(links, n)) && placed(a) && placed(b) && witnessedInStep(a, b) && witnessedInStep(b, a);
}

/**
 * Two sibling translations (Ukrainian and Russian) witness each other. Three readings compete,
 * each costed over both translations with the same scorers, and the cheapest wins:
 * - both in step with each other (the normal case, or the same accident in both): aligned as
 *   one, each link costing the mean of the two, plus how well each pair of siblings agrees;
 * - the first moved and the second in step with the source by its keys: the first aligned with
 *   the second's paragraphs as witnesses of the source's, the second keeping its own alignment;
 * - the other way round.
 * Where all three would keep both in step with the source by their keys, as both own alignments
 * do, that is the answer, and only the trigrams that showed it are read.
 */
function alignSiblings(a: Prepared, b: Prepared): [Link[], Link[]] {
  const sameKeys = a.target.length === b.target.length && a.target.every((f, j) => f.key === b.target[j].key);
  // The joint reading reads no trigrams: its links come first, to see whether any reading could move a paragraph.
  const joint = sameKeys ? new JointScorer(a.scorer, b.scorer) : undefined;
  const targets = sameKeys ? a.target.map((f, j) => ({ ...f, partner: b.target[j] })) : [];
  const jointLinks = joint && alignParagraphs(joint, a.source, targets, a.index);
  if (jointLinks && allInStep(a, b, jointLinks)) return [a.links, b.links];
  for (const p of [a, b]) p.target.forEach((_, j) => kinOf(p, j));
  const readings: Array<{ cost: number; links: [Link[], Link[]] }> = [];
  if (joint && jointLinks) {
    const agreement = a.target.reduce((sum, f, j) => sum + kinCost(f.kin as Uint32Array, b.target[j].kin as Uint32Array), 0);
    readings.push({ cost: 2 * totalCost(joint, a.source, targets, jointLinks) + agreement, links: [jointLinks, jointLinks] });
  }
  for (const [moved, steady] of [
    [a, b],
    [b, a],
  ] as const) {
    const scorer = witnessedScorer(moved, steady);
    const sources = witnessed(moved.source, steady);
    const links = alignParagraphs(scorer, sources, moved.target, moved.index);
    const cost = totalCost(scorer, sources, moved.target, links) + totalCost(steady.scorer, steady.source, steady.target, steady.links);
    readings.push({ cost, links: moved === a ? [links, b.links] : [a.links, links] });
  }
  return readings.reduce((best, reading) => (reading.cost < best.cost ? reading : best)).links;
}

/**
 * Aligns each target of a namespace with the source. A target with a sibling of the same
 * language family among the targets (Ukrainian and Russian) is aligned with it as a witness;
 * any other target on its own evidence.
 */
export function alignNamespaceTargets(source: Side, targets: ReadonlyArray<{ side: Side; lookup: KeyLookup }>, sourceFeatures: Features[] = features(source)): NamespaceAlignment[] {
  // The source's term weights are the same for every target (marking orphans copies no terms): counted once.
  const weights = TermWeights.of(sourceFeatures);
  const prepared = targets.map(({ side, lookup }) => prepare(sourceFeatures, weights, side, lookup));
  const links = prepared.map((p) => p.links);
  const families = new Map<string, number[]>();
  prepared.forEach((p, t) => {
    const family = p.side.profile.kinship?.family;
    if (family && p.ordered) families.set(family, [...(families.get(family) ?? []), t]);
  });
  // Translations that every anchor already pins down need no witness (the normal case, and the fast
  // one); nor does a namespace far longer than an article, where the readings would cost minutes.
  families.forEach((members, family) => {
    if (members.every((t) => prepared[t].settled) || source.catalog.paragraphs.length > MAX_SIBLING_PARAGRAPHS) families.delete(family);
  });
  for (const members of families.values()) {
    if (members.length < 2) continue;
    // Pairs in order; an odd one out is read beside the first.
    for (let k = 0; k < members.length; k += 2) {
      const [first, second] = k + 1 < members.length ? [members[k], members[k + 1]] : [members[k], members[0]];
      const [forFirst, forSecond] = alignSiblings(prepared[first], prepared[second]);
      links[first] = forFirst;
      if (k + 1 < members.length) links[second] = forSecond;
    }
  }
  return prepared.map((p, t) => fromLinks(source, p.side, links[t], p.lookup));
}

/** Aligns one target with the source on its own evidence. */
export function alignNamespace(source: Side, target: Side, sourceFeatures: Features[] = features(source), lookup: KeyLookup = keyLookup(source, target)): NamespaceAlignment {
  return alignNamespaceTargets(source, [{ side: target, lookup }], sourceFeatures)[0];
}

function fromLinks(source: Side, target: Side, links: Link[], lookup: KeyLookup): NamespaceAlignment {
  const sourceParagraphs = source.catalog.paragraphs;
  const targetParagraphs = target.catalog.paragraphs;
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
  append(events, shiftedRuns(links.filter((link) => link.kind === "1-1"), sourceParagraphs, targetParagraphs));
  return { pairs, events };
}

export { features as featuresOfSide };
