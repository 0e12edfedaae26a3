/**
 * The sibling translation as a witness (kinship.ts): how much of one translation's trigrams the
 * other holds, as a log-likelihood ratio of "translations of one paragraph" against "neighbours".
 * A line through the measured odds (docs/alignment.md): negative below WITNESS_EVEN, positive above.
 */
import { commonSorted, kinCoverage, unionGrams, type Grams } from "./kinship";

/** Odds (in nats) gained per unit of coverage above WITNESS_EVEN. */
const WITNESS_SLOPE = 20;
/** The coverage at which translations and neighbours are even. */
const WITNESS_EVEN = 0.2;
/** The odds held within this range: beyond it coverage says no more. */
const WITNESS_RANGE: readonly [number, number] = [-2.8, 3.6];
/**
 * The least and the most the witness's word on a link of `parts` paragraphs can be, whatever the
 * trigrams (each part's odds lie within WITNESS_RANGE, scaled by at most 1), summed in the order
 * witnessCost and kinCost sum them, so that rounding (monotone) keeps them bounds.
 */
export function witnessBounds(parts: number): [number, number] {
  let low = 0;
  let high = 0;
  for (let k = 0; k < parts; k++) {
    low -= WITNESS_RANGE[1];
    high -= WITNESS_RANGE[0];
  }
  return [low, high];
}
/** Trigrams from which a text's coverage counts in full (about 40: a sentence of six words); shorter ones count in proportion. */
const WITNESS_FULL = 40;

/** The odds of one side's coverage; a short text's coverage says less (a few words may all be reworded). */
function coverageOdds(coverage: number, size: number): number {
  const odds = Math.min(WITNESS_RANGE[1], Math.max(WITNESS_RANGE[0], WITNESS_SLOPE * (coverage - WITNESS_EVEN)));
  return odds * Math.min(1, size / WITNESS_FULL);
}

/** The share of `part` that `common` trigrams are (kinCoverage, with the common trigrams counted once for both ways). */
function share(common: number, part: Grams): number {
  return part.length === 0 ? 0 : common / part.length;
}

/** The cost of two siblings' trigrams side by side: negative when they say the same. */
export function kinCost(a: Grams, b: Grams): number {
  // Trigrams are unique and sorted, so a and b have as many in common either way: counted once.
  const common = commonSorted(a, b);
  return -coverageOdds(share(common, a), a.length) - coverageOdds(share(common, b), b.length);
}

/**
 * The witness's word on a link: each sibling paragraph of the sources should be found in the
 * targets, and each target in the sibling paragraphs, as much as two translations of one text
 * share (coverage, half the weight each way). A merge whose first source's sibling the merged
 * paragraph does not hold costs more than the drop it imitates.
 */
export function witnessCost(witnesses: Grams[], targets: Grams[]): number {
  const wholeTarget = unionGrams(targets);
  const wholeWitness = unionGrams(witnesses);
  let cost = 0;
  for (const part of witnesses) cost -= coverageOdds(kinCoverage(part, wholeTarget), part.length);
  for (const part of targets) cost -= coverageOdds(kinCoverage(part, wholeWitness), part.length);
  return cost;
}
