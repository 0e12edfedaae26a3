/** Anchors: same-key pairs, in order, that translate each other better than their neighbours do (the key's bonus counted). */
import type { Features } from "./features";
import type { TargetIndex } from "./links";
import type { LinkScorer } from "./score";
import { CONVINCING, LOST_AFTER, LOST_REACH, rowBest, standsOut, type Walk } from "./stands-out";

/**
 * The anchors of a namespace. A pair that translates itself convincingly at the last anchor's
 * offset, a few paragraphs after it, is no chance match: right after the anchor it is weighed
 * against its nearest rivals only, and it need not be its row's best further away. Any other,
 * even right after an anchor, must be its row's best LOST_REACH places either side: in a long
 * stretch moved further than two places, a same-key pair that matches by chance would otherwise
 * anchor, and chance anchors hold each other in place at the wrong offset.
 */
export function anchors(scorer: LinkScorer, source: Features[], target: Features[], targetIndex: TargetIndex): Array<[number, number]> {
  const result: Array<[number, number]> = [];
  let last: [number, number] = [-1, -1];
  const walk: Walk = { scorer, source, target, pair: (i, j) => scorer.pair(source[i], target[j]), keyBonus: true };
  for (let i = 0; i < source.length; i++) {
    const j = targetIndex(source[i].key);
    if (j === undefined || j <= last[1]) continue;
    const convincing = j - i === last[1] - last[0] && i - last[0] <= LOST_AFTER && walk.pair(i, j) < CONVINCING;
    const next = last[0] === i - 1 && last[1] === j - 1;
    if (!standsOut(walk, i, j, last, next && convincing)) continue;
    if (!convincing && rowBest(walk, i, Math.max(last[1] + 1, j - LOST_REACH), Math.min(target.length - 1, j + LOST_REACH)) !== j) continue;
    last = [i, j];
    result.push(last);
  }
  return result;
}
