/**
 * Whether a pair of paragraphs stands out from its neighbours: translates itself better than any
 * nearby pair does, and better than joining it with a neighbour explains it. Anchors and
 * landmarks are such pairs; the alignment between them is all that needs work.
 */
import type { Features } from "./features";
import type { LinkScorer } from "./score";

/**
 * How much better than each neighbour a pair must translate itself to stand out (a same-key
 * pair's bonus included where keys are trusted). A pair without evidence either way does not: in
 * a shifted stretch of short sentences it would pin the alignment to the wrong pairs.
 */
export const ANCHOR_MARGIN = 2;
/** How far the rivals of a pair stand: two dropped paragraphs put the true partner two away. */
const ANCHOR_REACH = 2;
/**
 * A pair that costs less than this (a same-key pair's bonus counted) translates itself on its
 * evidence (names, numbers, sentences agree) rather than by chance, as a loose pair capped at
 * LOOSE_PAIR (score.ts) would.
 */
export const CONVINCING = 0;
/** Source paragraphs without a landmark after which a walk counts itself lost, and looks wider (every so many). */
export const LOST_AFTER = 4;
/**
 * How far either side of its offset a lost walk looks for the translation of a paragraph, and how
 * far an anchor that is not convincing (CONVINCING) must be its row's best.
 */
export const LOST_REACH = 16;

/** A walk down the two sides: the scorer, both paragraph lists, and how it asks a pair's cost (with or without the key bonus). */
export interface Walk {
  scorer: LinkScorer;
  source: Features[];
  target: Features[];
  /** The 1-1 cost of source i with target j, as this walk weighs it. */
  pair(i: number, j: number): number;
  /** Whether merges are weighed with the key bonus (as `pair` is). */
  keyBonus: boolean;
}

/**
 * Whether pair (i, j) stands out: it translates itself better than each neighbour within
 * ANCHOR_REACH does, by ANCHOR_MARGIN, and better than a merge or split with a neighbour explains
 * it (a merged paragraph translates its first source well too, so the pair stands only if the
 * merge explains less than leaving that neighbour out). `after` is the last pair already fixed: a
 * rival that would share a paragraph with it or cross it is not asked. `inStep`: the pair comes
 * right after `after`, at its offset, with nothing to say it matches by chance; its rivals are
 * looked for one place away only, and its merges with the next paragraphs are not weighed when
 * the next pair in step stands out too (followedInStep).
 */
export function standsOut(walk: Walk, i: number, j: number, after: readonly [number, number], inStep = false): boolean {
  if (!clearOfRivals(walk, i, j, after, inStep ? 1 : ANCHOR_REACH)) return false;
  const { scorer, source, target, keyBonus } = walk;
  const own = walk.pair(i, j);
  const left = scorer.cost("1-0", [], []);
  const withPrevious = (i - 1 <= after[0] || own + left <= scorer.cost("2-1", [source[i - 1], source[i]], [target[j]], keyBonus)) && (j - 1 <= after[1] || own + left <= scorer.cost("1-2", [source[i]], [target[j - 1], target[j]], keyBonus));
  if (!withPrevious) return false;
  if (inStep && followedInStep(walk, i, j)) return true;
  return (
    (i + 1 >= source.length || own + left <= scorer.cost("2-1", [source[i], source[i + 1]], [target[j]], keyBonus)) &&
    (j + 1 >= target.length || own + left <= scorer.cost("1-2", [source[i]], [target[j], target[j + 1]], keyBonus))
  );
}

/** Whether no pair within `reach` of (i, j), after `after`, translates nearly as well as (i, j) does (by ANCHOR_MARGIN). */
function clearOfRivals(walk: Walk, i: number, j: number, after: readonly [number, number], reach: number): boolean {
  const n = walk.source.length;
  const m = walk.target.length;
  const own = walk.pair(i, j);
  const within = (a: number, b: number) => a > after[0] && a < n && b > after[1] && b < m && walk.pair(a, b) < own + ANCHOR_MARGIN;
  for (let d = 1; d <= reach; d++) {
    if (within(i, j - d) || within(i, j + d) || within(i - d, j) || within(i + d, j)) return false;
  }
  return true;
}

/**
 * Whether the pair after (i, j) in step, (i + 1, j + 1), translates itself convincingly and
 * better than its nearest neighbours. Then (i, j) is no part of a merge or split with the next
 * paragraph: had i and i + 1 been merged into j, the paragraph at j + 1 would be i + 2's
 * translation, and could not be beaten by i + 1 (nor, had j and j + 1 been split from i, could
 * j + 2 be by j + 1). In a long stretch in step, each pair's merges are so weighed by the next
 * pair's rivals, which the walk asks anyway, and not by two merge costs apiece.
 */
function followedInStep(walk: Walk, i: number, j: number): boolean {
  return i + 1 < walk.source.length && j + 1 < walk.target.length && walk.pair(i + 1, j + 1) < CONVINCING && clearOfRivals(walk, i + 1, j + 1, [i, j], 1);
}

/** The target of row i's best pair within lo…hi, if it is better than every other there by ANCHOR_MARGIN; otherwise −1. */
export function rowBest(walk: Walk, i: number, lo: number, hi: number): number {
  let best = -1;
  let bestCost = Infinity;
  let second = Infinity;
  for (let j = lo; j <= hi; j++) {
    const cost = walk.pair(i, j);
    if (cost < bestCost) {
      second = bestCost;
      bestCost = cost;
      best = j;
    } else if (cost < second) second = cost;
  }
  return second >= bestCost + ANCHOR_MARGIN ? best : -1;
}
