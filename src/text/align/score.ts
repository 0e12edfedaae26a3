/**
 * How well source paragraphs and target paragraphs translate each other, as a cost (a negative
 * log-likelihood: lower is better), from evidence that needs no machine translation: length
 * (Gale & Church, with the ratio learned from the catalog), numbers by value, names across
 * scripts and quotations.
 */
import type { LocaleProfile } from "../locales";
import { keysOf, type NumberToken } from "../numbers";
import { sameName, termSkeletons } from "../names";

export interface Features {
  key: string;
  length: number;
  /** Likeliest values of the numbers written with digits, sorted. */
  numbers: string[];
  names: string[];
  cognates: string[];
  quotations: number;
  /** Counts of ? ! ( : ; — punctuation that survives translation. */
  punctuation: number[];
  /** Sentences: translators keep them more often than not. */
  sentences: number;
  /** The other side has no paragraph with this key. */
  orphan?: boolean;
}

const SURVIVING_PUNCTUATION = ["?", "!", "(", ":", ";"];

function punctuationOf(text: string): number[] {
  const counts = SURVIVING_PUNCTUATION.map(() => 0);
  for (const ch of text) {
    const index = SURVIVING_PUNCTUATION.indexOf(ch);
    if (index >= 0) counts[index]++;
  }
  return counts;
}

export function featuresOf(key: string, text: string, numbers: NumberToken[], quotations: number, sentences: number, profile: LocaleProfile): Features {
  const values = numbers.filter((token) => !token.weak).map((token) => keysOf(token)[0]).sort();
  const { names, cognates } = termSkeletons(text, profile);
  return { key, length: text.length, numbers: values, names, cognates, quotations, punctuation: punctuationOf(text), sentences };
}

/** How much a shared name says: a name in every paragraph (the article's subject) says little. */
export function nameWeights(paragraphs: Features[]): Map<string, number> {
  const documents = new Map<string, number>();
  for (const f of paragraphs) for (const name of [...f.names, ...f.cognates]) documents.set(name, (documents.get(name) ?? 0) + 1);
  const weights = new Map<string, number>();
  for (const [name, count] of documents) weights.set(name, Math.min(2.5, Math.log((paragraphs.length + 1) / count)));
  return weights;
}

export type LinkKind = "1-1" | "1-0" | "0-1" | "2-1" | "1-2" | "swap";

/**
 * Priors, as costs. Gale & Church's (1-1 0.89, 1-0 0.0099, 2-1 0.089) are for sentences, where
 * merges are common; in a catalog of paragraphs the commonest accident is a dropped paragraph,
 * so when the evidence cannot tell a drop from a merge, the drop wins.
 */
const PRIOR: Record<LinkKind, number> = {
  "1-1": -Math.log(0.95),
  "1-0": -Math.log(0.02),
  "0-1": -Math.log(0.02),
  "2-1": -Math.log(0.001),
  "1-2": -Math.log(0.001),
  swap: -Math.log(0.02),
};
const KEY_BONUS = 1;
/** A dropped or added paragraph is also a paragraph's worth of unexplained text. */
const DROP_EXTRA = 2;
const MAX_LENGTH_COST = 25;
/** Per sentence counted alike (a bonus) or apart (a cost, up to two): 0.8 measured best of 0, 0.4, 0.8, 1.5 by eval:align on seeds 42 and 7. */
const SENTENCE_WEIGHT = 0.8;

/** Pairs of equal sorted arrays of number keys, as a multiset intersection. */
function commonCount(a: string[], b: string[]): number {
  let i = 0;
  let j = 0;
  let common = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      common++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return common;
}

export class PairScorer {
  /** Target length per source character, and the variance per character (Gale & Church's c and s²). */
  constructor(
    readonly ratio: number,
    readonly variance: number,
    /** Evidence per shared source name; names not listed weigh 1. */
    readonly nameWeight: ReadonlyMap<string, number> = new Map(),
  ) {}

  /**
   * Learns c and s² from the catalog itself, robustly: c from the total lengths, s² from the
   * median squared deviation of paragraphs paired by position, at the offset (−2…2) that fits
   * best — so a catalog whose translations all moved up one key still gives the right spread.
   */
  static learn(source: Features[], target: Features[]): PairScorer {
    const sourceTotal = source.reduce((sum, f) => sum + f.length, 0);
    const targetTotal = target.reduce((sum, f) => sum + f.length, 0);
    const weights = nameWeights(source);
    if (source.length < 3 || target.length < 3 || sourceTotal === 0 || targetTotal === 0) return new PairScorer(1.1, 6.8, weights);
    const ratio = targetTotal / sourceTotal;
    const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
    let variance = Infinity;
    for (let offset = -2; offset <= 2; offset++) {
      const deviations: number[] = [];
      for (let i = Math.max(0, -offset); i < source.length && i + offset < target.length; i++) {
        const s = source[i].length;
        if (s > 0) deviations.push((target[i + offset].length - ratio * s) ** 2 / s);
      }
      // The median of a squared standard normal is 0.455.
      if (deviations.length >= 3) variance = Math.min(variance, median(deviations) / 0.455);
    }
    return new PairScorer(ratio, Math.min(60, Math.max(2, Number.isFinite(variance) ? variance : 6.8)), weights);
  }

  lengthCost(sourceLength: number, targetLength: number): number {
    const delta = (targetLength - sourceLength * this.ratio) / Math.sqrt(Math.max(sourceLength, 1) * this.variance);
    return Math.min(MAX_LENGTH_COST, (delta * delta) / 2);
  }

  /**
   * The cost of linking these source paragraphs with these target paragraphs. `keyBonus`: a
   * same-key pair is cheaper — right for telling anchors, wrong inside a stretch already known to
   * be out of step, where it would pull the alignment back onto the wrong pairs.
   */
  cost(kind: LinkKind, sources: Features[], targets: Features[], keyBonus = true): number {
    if (kind === "1-0" || kind === "0-1") return PRIOR[kind] + DROP_EXTRA;
    if (kind === "swap") return PRIOR.swap + this.cost("1-1", [sources[0]], [targets[1]], keyBonus) + this.cost("1-1", [sources[1]], [targets[0]], keyBonus);
    // Two orphans are a missing key and an extra key, not a moved paragraph: in a shift, every
    // pair has a key the other side knows (about.project and about.media are different strings).
    if (sources.every((f) => f.orphan) && targets.every((f) => f.orphan)) return Infinity;
    const sourceLength = sources.reduce((sum, f) => sum + f.length, 0);
    const targetLength = targets.reduce((sum, f) => sum + f.length, 0);
    let cost = PRIOR[kind] + this.lengthCost(sourceLength, targetLength);
    cost += this.anchorCost(sources, targets);
    if (keyBonus && kind === "1-1" && sources[0].key === targets[0].key) cost -= KEY_BONUS;
    return cost;
  }

  /** Numbers, names and quotations that agree lower the cost; ones that disagree raise it. */
  private anchorCost(sources: Features[], targets: Features[]): number {
    const sourceNumbers = sources.length === 1 ? sources[0].numbers : sources.flatMap((f) => f.numbers).sort();
    const targetNumbers = targets.length === 1 ? targets[0].numbers : targets.flatMap((f) => f.numbers).sort();
    const common = commonCount(sourceNumbers, targetNumbers);
    let cost = 1.5 * (sourceNumbers.length + targetNumbers.length - 2 * common) - 2 * common;
    const targetTerms = targets.length === 1 ? [...targets[0].names, ...targets[0].cognates] : targets.flatMap((f) => [...f.names, ...f.cognates]);
    for (const source of sources) {
      for (const name of source.names) {
        const weight = this.nameWeight.get(name) ?? 1;
        // A rare name missing from the translation is evidence too, if weaker: names get translated (Denmark → Данія).
        cost += targetTerms.some((candidate) => sameName(name, candidate)) ? -weight : 0.25 * weight;
      }
      // Cognates only ever count for a pair: most words are not international.
      for (const word of source.cognates) {
        if (targetTerms.some((candidate) => sameName(word, candidate, 4))) cost -= this.nameWeight.get(word) ?? 1;
      }
    }
    for (let k = 0; k < SURVIVING_PUNCTUATION.length; k++) {
      const sourceCount = sources.reduce((sum, f) => sum + f.punctuation[k], 0);
      const targetCount = targets.reduce((sum, f) => sum + f.punctuation[k], 0);
      cost += sourceCount === targetCount ? (sourceCount > 0 ? -0.3 : 0) : 0.6 * Math.min(3, Math.abs(sourceCount - targetCount));
    }
    const sourceSentences = sources.reduce((sum, f) => sum + f.sentences, 0);
    const targetSentences = targets.reduce((sum, f) => sum + f.sentences, 0);
    cost += sourceSentences === targetSentences ? -SENTENCE_WEIGHT : SENTENCE_WEIGHT * Math.min(2, Math.abs(sourceSentences - targetSentences));
    const sourceQuotes = sources.reduce((sum, f) => sum + f.quotations, 0);
    const targetQuotes = targets.reduce((sum, f) => sum + f.quotations, 0);
    cost += sourceQuotes === targetQuotes ? (sourceQuotes > 0 ? -0.5 : 0) : 0.7 * Math.abs(sourceQuotes - targetQuotes);
    return cost;
  }
}
