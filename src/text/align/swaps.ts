/**
 * Neighbours swapped under their own keys: two paragraphs in step whose translations each pair
 * better with the other's source. The stretch alignment weighs a swap against every other reading
 * of a stretch, with margins that guard a long stretch against chance; a swap is two links, read
 * here on their own against the key pairing (docs/alignment.md).
 */
import type { Features } from "./features";
import type { Link } from "./links";
import type { LinkScorer } from "./score";

/**
 * How much cheaper (in nats) the two crossed pairs must be than the two pairs by key: a margin that
 * translations in step do not reach by chance (how it was chosen: docs/alignment.md). The swap's
 * prior is left out, as the stretch alignment's margins guard against chance over many links, not two.
 */
export const SWAP_MARGIN = 3.5;

/** Two links that pair neighbouring paragraphs by their keys, in step: sources i, i + 1 with targets j, j + 1. */
function keyedNeighbours(first: Link, second: Link, source: Features[], target: Features[]): boolean {
  if (first.kind !== "1-1" || second.kind !== "1-1") return false;
  const [i] = first.sources;
  const [j] = first.targets;
  return second.sources[0] === i + 1 && second.targets[0] === j + 1 && source[i].key === target[j].key && source[i + 1].key === target[j + 1].key;
}

/** How much cheaper the crossed pairs of two keyed neighbours are than the pairs by key (negative: dearer). */
export function swapGain(scorer: LinkScorer, source: Features[], target: Features[], first: Link, second: Link): number {
  const s = [source[first.sources[0]], source[second.sources[0]]];
  const t = [target[first.targets[0]], target[second.targets[0]]];
  return scorer.pair(s[0], t[0], false) + scorer.pair(s[1], t[1], false) - scorer.pair(s[0], t[1], false) - scorer.pair(s[1], t[0], false);
}

/**
 * The links with every pair of keyed neighbours whose translations are swapped (by SWAP_MARGIN)
 * made one swap link; where two candidate swaps share a paragraph, the likelier is taken.
 */
export function findSwaps(scorer: LinkScorer, source: Features[], target: Features[], links: Link[]): Link[] {
  const gains: Array<{ at: number; gain: number }> = [];
  for (let k = 0; k + 1 < links.length; k++) {
    if (!keyedNeighbours(links[k], links[k + 1], source, target)) continue;
    const gain = swapGain(scorer, source, target, links[k], links[k + 1]);
    if (gain > SWAP_MARGIN) gains.push({ at: k, gain });
  }
  if (gains.length === 0) return links;
  const taken = new Set<number>();
  for (const { at } of gains.sort((a, b) => b.gain - a.gain)) {
    if (taken.has(at - 1) || taken.has(at) || taken.has(at + 1)) continue;
    taken.add(at);
  }
  const result: Link[] = [];
  for (let k = 0; k < links.length; k++) {
    if (!taken.has(k)) {
      result.push(links[k]);
      continue;
    }
    const [first, second] = [links[k], links[k + 1]];
    result.push({ kind: "swap", sources: [first.sources[0], second.sources[0]], targets: [second.targets[0], first.targets[0]] });
    k++;
  }
  return result;
}
