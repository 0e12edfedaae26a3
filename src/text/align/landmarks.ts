/**
 * Landmarks: pairs that stand out, found by walking down a long segment at the offset the last one
 * set. They cut a long segment into short ones, so that its alignment stays linear.
 */
import { append } from "../../lists";
import type { Features } from "./features";
import { shift, type Link } from "./links";
import type { LinkScorer } from "./score";
import { alignSegment } from "./segment";
import { LOST_AFTER, LOST_REACH, rowBest, standsOut, type Walk } from "./stands-out";

/** Where a landmark is looked for, from the last one's offset: in step first, then one and two off. */
const LANDMARK_STEPS = [0, -1, 1, -2, 2];
/** Segments longer than this are cut at landmarks before the dynamic programme runs. */
const LANDMARK_SPAN = 32;

/**
 * The landmarks of a segment. The walk keeps its offset (a long stretch moved by a dropped
 * paragraph keeps it). A walk that has found none for LOST_AFTER paragraphs may be at the wrong
 * offset (the segment began at a pair that matched by chance, or accidents moved the translations
 * further than two places at once): every LOST_AFTER paragraphs it then looks LOST_REACH places
 * either side, and takes a pair that is its row's best there and stands out from its neighbours.
 */
function landmarks(scorer: LinkScorer, source: Features[], target: Features[]): Array<[number, number]> {
  // Scorers keep their 1-1 costs: asking again for a neighbour's pair costs a look-up.
  const walk: Walk = { scorer, source, target, pair: (i, j) => scorer.pair(source[i], target[j], false), keyBonus: false };
  const result: Array<[number, number]> = [];
  let offset = 0;
  let last: [number, number] = [-1, -1];
  const take = (i: number, j: number) => {
    last = [i, j];
    result.push(last);
    offset = j - i;
  };
  for (let i = 0; i < source.length; i++) {
    let found = false;
    for (const d of LANDMARK_STEPS) {
      const j = i + offset + d;
      if (j <= last[1] || j >= target.length) continue;
      // A new offset means paragraphs dropped or added on the way: it must pay for them.
      const stay = i + offset;
      if (d !== 0 && stay > last[1] && stay < target.length && walk.pair(i, j) + Math.abs(d) * scorer.cost("1-0", [], []) > walk.pair(i, stay)) continue;
      // Right after a landmark in step, a rival two places away would mean two paragraphs dropped
      // or added at once just here, with this pair matching by chance: one place is looked at.
      if (!standsOut(walk, i, j, last, last[0] === i - 1 && last[1] === j - 1)) continue;
      take(i, j);
      found = true;
      break;
    }
    const lost = i - last[0];
    if (found || lost < LOST_AFTER || lost % LOST_AFTER !== 0) continue;
    const best = rowBest(walk, i, Math.max(last[1] + 1, i + offset - LOST_REACH), Math.min(target.length - 1, i + offset + LOST_REACH));
    if (best < 0 || !standsOut(walk, i, best, last)) continue;
    // A new offset must be borne out by the next paragraph too, standing out as a landmark would: a
    // chance match seldom comes in two.
    const confirmed = best === i + offset || (i + 1 < source.length && best + 1 < target.length && standsOut(walk, i + 1, best + 1, [i, best]));
    if (confirmed) take(i, best);
  }
  return result;
}

/** The best alignment of a segment of any length, and its cost: short ones whole, long ones between landmarks. */
export function alignLong(scorer: LinkScorer, source: Features[], target: Features[]): { links: Link[]; cost: number } {
  if (source.length <= LANDMARK_SPAN && target.length <= LANDMARK_SPAN) return alignSegment(scorer, source, target);
  const links: Link[] = [];
  let cost = 0;
  let previous: [number, number] = [-1, -1];
  for (const mark of [...landmarks(scorer, source, target), [source.length, target.length] as [number, number]]) {
    if (mark[0] > previous[0] + 1 || mark[1] > previous[1] + 1) {
      const piece = alignSegment(scorer, source.slice(previous[0] + 1, mark[0]), target.slice(previous[1] + 1, mark[1]));
      append(links, shift(piece.links, previous[0] + 1, previous[1] + 1));
      cost += piece.cost;
    }
    if (mark[0] < source.length) {
      links.push({ kind: "1-1", sources: [mark[0]], targets: [mark[1]] });
      cost += scorer.pair(source[mark[0]], target[mark[1]], false);
    }
    previous = mark;
  }
  return { links, cost };
}
