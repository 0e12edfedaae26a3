/**
 * Whether a witnessed reading (a translation aligned with its sibling's paragraphs as witnesses)
 * pairs every paragraph with its own key, in step, and finds no swap, read with as little of the
 * witness as decides it: the bounds on a pair's witnessed cost (PairScorer.pairBounds) decide most
 * comparisons, and a pair's trigrams are read only where they do not. Why the answer is the one
 * alignParagraphs would give: docs/alignment.md, "Work skipped where it cannot change anything".
 */
import { alignBetween } from "./align";
import type { Features } from "./features";
import type { TargetIndex } from "./links";
import type { PairScorer } from "./score";
import { ANCHOR_MARGIN, CONVINCING, LOST_AFTER, LOST_REACH } from "./stands-out";
import { SWAP_MARGIN } from "./swaps";

/** A witnessed reading's pairs: bounds without the witness, and the exact cost (the witness read). */
export interface WitnessedPairs {
  scorer: PairScorer;
  /** The reading's source and target paragraphs, without the witness's trigrams. */
  source: Features[];
  target: Features[];
  /** The source paragraph at i and the target at j as the reading costs them, trigrams read. */
  witnessed(i: number): Features;
  read(j: number): Features;
  /** Where the target paragraph with a key stands (the reading's TargetIndex). */
  index: TargetIndex;
}

/**
 * Whether alignParagraphs, with this witnessed scorer, returns the key pairing in step (source i
 * with target i, every one). The caller has checked that both sides have the same keys in the same
 * order and that each key's target is at its source's place. True only when the anchors() walk,
 * followed on bounds, leaves between two anchors only stretches whose alignment keeps their key
 * pairing (one paragraph each side always does; a longer stretch is aligned as alignBetween aligns
 * it, its trigrams read), and no two neighbours gain SWAP_MARGIN by crossing (findSwaps); false
 * whenever that cannot be shown, which only sends the caller to the full reading.
 */
export function staysInStep(pairs: WitnessedPairs): boolean {
  const n = pairs.source.length;
  const { scorer, source, target } = pairs;
  const bounds = (i: number, j: number, keyBonus = true) => scorer.pairBounds(source[i], target[j], keyBonus);
  const exact = (i: number, j: number, keyBonus = true) => scorer.pair(pairs.witnessed(i), pairs.read(j), keyBonus);
  const left = scorer.cost("1-0", [], []);
  /** standsOut's `within`: whether pair (a, b) costs less than pair (i, i) plus ANCHOR_MARGIN. */
  const rivals = (i: number, a: number, b: number) => {
    const [low, high] = bounds(a, b);
    if (low >= bounds(i, i)[1] + ANCHOR_MARGIN) return false;
    return high < bounds(i, i)[0] + ANCHOR_MARGIN || exact(a, b) < exact(i, i) + ANCHOR_MARGIN;
  };
  /** clearOfRivals: no pair within `reach` of (i, i), after the last anchor at (after, after), within ANCHOR_MARGIN of it. */
  const clear = (i: number, after: number, reach: number) => {
    for (let d = 1; d <= reach; d++) {
      for (const [a, b] of [
        [i, i - d],
        [i, i + d],
        [i - d, i],
        [i + d, i],
      ]) {
        if (a > after && a < n && b > after && b < n && rivals(i, a, b)) return false;
      }
    }
    return true;
  };
  /** standsOut's test of a merge or split: pair (i, i) plus a paragraph left out costs no more than the link of these paragraphs. */
  const explainsMore = (i: number, kind: "2-1" | "1-2", sources: number[], targets: number[]) => {
    const [low, high] = scorer.mergeBounds(kind, sources.map((k) => source[k]), targets.map((k) => target[k]));
    if (bounds(i, i)[1] + left <= low) return true;
    if (bounds(i, i)[0] + left > high) return false;
    return exact(i, i) + left <= scorer.cost(kind, sources.map(pairs.witnessed), targets.map(pairs.read), true);
  };
  /** rowBest over lo … hi returns i: every other pair of the row costs ANCHOR_MARGIN more. */
  const bestOfRow = (i: number, lo: number, hi: number) => {
    for (let j = lo; j <= hi; j++) {
      if (j === i) continue;
      const [low, high] = bounds(i, j);
      if (low >= bounds(i, i)[1] + ANCHOR_MARGIN) continue;
      if (high < bounds(i, i)[0] + ANCHOR_MARGIN || !(exact(i, j) >= exact(i, i) + ANCHOR_MARGIN)) return false;
    }
    return true;
  };
  const convincing = (i: number) => {
    const [low, high] = bounds(i, i);
    return high < CONVINCING || (low < CONVINCING && exact(i, i) < CONVINCING);
  };
  const followed = (i: number) => i + 1 < n && convincing(i + 1) && clear(i + 1, i, 1);
  /** Whether anchors(), its last anchor at (last, last), takes (i, i): its tests in standsOut and rowBest, in step. */
  const takes = (i: number, last: number) => {
    const convinces = i - last <= LOST_AFTER && convincing(i);
    const inStep = last === i - 1 && convinces;
    if (!clear(i, last, inStep ? 1 : 2)) return false;
    if (i - 1 > last && !(explainsMore(i, "2-1", [i - 1, i], [i]) && explainsMore(i, "1-2", [i], [i - 1, i]))) return false;
    if (i + 1 < n && !(inStep && followed(i)) && !(explainsMore(i, "2-1", [i, i + 1], [i]) && explainsMore(i, "1-2", [i], [i, i + 1]))) return false;
    return convinces || bestOfRow(i, Math.max(last + 1, i - LOST_REACH), Math.min(n - 1, i + LOST_REACH));
  };
  /** The reading's paragraphs with the witness and trigrams, filled in where a stretch is aligned. */
  let sources: Features[] | undefined;
  let targets: Features[] | undefined;
  /** Whether alignBetween keeps the key pairing of the stretch strictly between anchors (last, last) and (next, next). */
  const keepsKeys = (last: number, next: number) => {
    // A stretch of one paragraph each side: a pair of one key, or a drop and an add, explains nothing.
    if (next - last <= 2) return true;
    sources ??= source.slice();
    targets ??= target.slice();
    for (let k = last + 1; k < next; k++) {
      sources[k] = pairs.witnessed(k);
      targets[k] = pairs.read(k);
    }
    return !alignBetween(scorer, sources, targets, pairs.index, [last, last], [next, next]).changed;
  };
  let last = -1;
  for (let i = 0; i < n; i++) {
    if (takes(i, last)) {
      if (!keepsKeys(last, i)) return false;
      last = i;
    }
    if (i + 1 < n && swapped(bounds, exact, i)) return false;
  }
  return keepsKeys(last, n);
}

/** Whether findSwaps would cross i and i + 1: what swapGain computes, in its order, exceeds SWAP_MARGIN. */
function swapped(bounds: (i: number, j: number, keyBonus: boolean) => [number, number], exact: (i: number, j: number, keyBonus: boolean) => number, i: number): boolean {
  const [, stayHigh] = bounds(i, i, false);
  const [, nextHigh] = bounds(i + 1, i + 1, false);
  const [crossLow] = bounds(i, i + 1, false);
  const [backLow] = bounds(i + 1, i, false);
  if (stayHigh + nextHigh - crossLow - backLow <= SWAP_MARGIN) return false;
  return exact(i, i, false) + exact(i + 1, i + 1, false) - exact(i, i + 1, false) - exact(i + 1, i, false) > SWAP_MARGIN;
}
