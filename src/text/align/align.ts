/**
 * Aligns a namespace's source paragraphs with its target paragraphs, in reading order, allowing
 * 1-1, 1-0 (dropped), 0-1 (added), 2-1 (merged), 1-2 (split) and adjacent swaps.
 *
 * Keys and content agree in the normal case: a same-key pair that translates itself better than
 * it translates its neighbours is an anchor (anchors.ts), and nothing between two adjacent anchors
 * needs work. Between anchors that leave something out, a dynamic programme runs in a band around
 * the segment's diagonal (segment.ts; a long segment cut at landmarks first, landmarks.ts). The
 * result replaces the key pairing only where it is clearly more probable. Linear in the number of
 * paragraphs. How and why: docs/alignment.md.
 */
import { append } from "../../lists";
import { anchors } from "./anchors";
import type { Features } from "./features";
import { alignLong } from "./landmarks";
import { explains, keyLinks, shift, totalCost, unpaired, type Link, type TargetIndex } from "./links";
import { inReadingOrder, rejoinMovedKeys } from "./reading-order";
import { reread } from "./reread";
import type { LinkScorer } from "./score";
import { findSwaps } from "./swaps";

/**
 * How much more probable (in nats) an alignment must be than the key pairing to replace it: a
 * fixed margin, and more for each link it changes, so that over a long stretch of short, alike
 * strings (a UI catalog) small chance gains cannot add up to a false shift.
 */
const ACCEPT_MARGIN = 4;
const ACCEPT_PER_LINK = 1.5;
/**
 * When the key pairing already leaves as many paragraphs out as the alignment does (the last
 * key missing, against a paragraph dropped earlier and the rest moved up), both readings claim
 * the same accident in different places, and the likelier place wins by this small margin.
 */
const RELOCATE_MARGIN = 1;

/** What the aligner tells of its certainty. */
export interface AlignmentReport {
  /** Whether content aligned the sides at all (see inReadingOrder), or their keys alone paired them. */
  ordered: boolean;
  /** The longest stretch no anchor pinned down, in paragraphs of either side. */
  longest: number;
}

/** Aligns the whole namespace. Every paragraph of both sides appears in exactly one link. */
export function alignParagraphs(scorer: LinkScorer, source: Features[], target: Features[], targetIndex: TargetIndex, report?: AlignmentReport): Link[] {
  const ordered = inReadingOrder(source, target);
  if (report) report.ordered = ordered;
  if (!ordered) return keyLinks(source, targetIndex, [0, 0], [source.length, target.length]);
  // Neighbours swapped under their keys are read last, two links at a time (swaps.ts).
  return findSwaps(scorer, source, target, rejoinMovedKeys(alignInOrder(scorer, source, target, targetIndex, report), source, target));
}

/** The links of one segment between anchors, and whether they say more than its keys. */
export interface Piece {
  links: Link[];
  changed: boolean;
}

/** Aligns the segment strictly between two anchors (or the ends), keeping the key pairing unless the alignment is clearly more probable. */
export function alignBetween(scorer: LinkScorer, source: Features[], target: Features[], targetIndex: TargetIndex, previous: [number, number], anchor: [number, number], report?: AlignmentReport): Piece {
  const from: [number, number] = [previous[0] + 1, previous[1] + 1];
  if (from[0] === anchor[0] && from[1] === anchor[1]) return { links: [], changed: false };
  if (report) report.longest = Math.max(report.longest, anchor[0] - from[0], anchor[1] - from[1]);
  // Both readings by positions in the whole lists: the segment's alignment moved to its place.
  const byKeys = keyLinks(source, targetIndex, from, anchor);
  const aligned = alignLong(scorer, source.slice(from[0], anchor[0]), target.slice(from[1], anchor[1]));
  const links = shift(aligned.links, from[0], from[1]);
  let changed = 0;
  for (const link of links) if (explains(link, source, target)) changed++;
  const left = unpaired(byKeys);
  const margin = left > 0 && unpaired(links) <= left ? RELOCATE_MARGIN : ACCEPT_MARGIN + ACCEPT_PER_LINK * changed;
  const better = changed > 0 && aligned.cost + margin < totalCost(scorer, source, target, byKeys);
  return { links: better ? links : byKeys, changed: better };
}

function alignInOrder(scorer: LinkScorer, source: Features[], target: Features[], targetIndex: TargetIndex, report?: AlignmentReport): Link[] {
  const start: [number, number] = [-1, -1];
  const fixed = [...anchors(scorer, source, target, targetIndex), [source.length, target.length] as [number, number]];
  const pieces = fixed.map((anchor, k) => alignBetween(scorer, source, target, targetIndex, k === 0 ? start : fixed[k - 1], anchor, report));
  // An anchor with an accident read on both sides of it is in doubt: a paragraph dropped before a
  // short pair that happens to translate its own key's paragraph (two lines of an interview that
  // both ask about "the document") would otherwise read as a drop, an addition and a merge.
  const links: Link[] = [];
  const doubtful: number[] = [];
  fixed.forEach((anchor, k) => {
    append(links, pieces[k].links);
    if (anchor[0] === source.length) return;
    if (pieces[k].changed && pieces[k + 1].changed) doubtful.push(links.length);
    links.push({ kind: "1-1", sources: [anchor[0]], targets: [anchor[1]] });
  });
  return doubtful.length ? reread(scorer, source, target, links, doubtful) : links;
}
