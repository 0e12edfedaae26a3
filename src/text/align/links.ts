/** An alignment's links (which source paragraphs go with which target paragraphs), and what they cost or say. */
import type { Features } from "./features";
import type { LinkKind, LinkScorer } from "./score";

export interface Link {
  kind: LinkKind;
  /** Indexes into the source and target paragraph lists. */
  sources: number[];
  targets: number[];
}

/** Where the target paragraph with a key stands (through i18next in the engine). */
export type TargetIndex = (key: string) => number | undefined;

/**
 * The key pairing of source paragraphs `from[0]`…`to[0]` and target paragraphs `from[1]`…`to[1]`
 * (ends not included), by their positions in the whole lists: same keys together, everything else
 * dropped or added.
 */
export function keyLinks(source: Features[], targetIndex: TargetIndex, from: readonly [number, number], to: readonly [number, number]): Link[] {
  const paired = new Uint8Array(to[1] - from[1]);
  const links: Link[] = [];
  for (let i = from[0]; i < to[0]; i++) {
    const j = targetIndex(source[i].key);
    if (j !== undefined && j >= from[1] && j < to[1] && !paired[j - from[1]]) {
      paired[j - from[1]] = 1;
      links.push({ kind: "1-1", sources: [i], targets: [j] });
    } else {
      links.push({ kind: "1-0", sources: [i], targets: [] });
    }
  }
  for (let j = from[1]; j < to[1]; j++) if (!paired[j - from[1]]) links.push({ kind: "0-1", sources: [], targets: [j] });
  return links;
}

/** What an alignment costs under a scorer (the key bonus left out, as inside the aligner). */
export function totalCost(scorer: LinkScorer, source: Features[], target: Features[], links: Link[]): number {
  let sum = 0;
  for (const link of links) {
    // A pair, the most of any alignment, is asked without lists.
    if (link.kind === "1-1") sum += scorer.pair(source[link.sources[0]], target[link.targets[0]], false);
    else sum += scorer.cost(link.kind, link.sources.map((i) => source[i]), (link.kind === "swap" ? [...link.targets].reverse() : link.targets).map((j) => target[j]), false);
  }
  return sum;
}

/** A link that says more than the keys: a pair of different keys, a merge, a split or a swap. */
export function explains(link: Link, source: Features[], target: Features[]): boolean {
  if (link.kind === "1-1") return source[link.sources[0]].key !== target[link.targets[0]].key;
  return link.kind === "2-1" || link.kind === "1-2" || link.kind === "swap";
}

/** Links that are not a plain pair: paragraphs left without a partner, merged, split or swapped. */
export function unpaired(links: Link[]): number {
  let count = 0;
  for (const link of links) if (link.kind !== "1-1") count++;
  return count;
}

/** Moves links just made for a segment to the segment's place in the whole lists (in place: nothing else holds them). */
export function shift(links: Link[], sourceOffset: number, targetOffset: number): Link[] {
  for (const link of links) {
    for (let k = 0; k < link.sources.length; k++) link.sources[k] += sourceOffset;
    for (let k = 0; k < link.targets.length; k++) link.targets[k] += targetOffset;
  }
  return links;
}
