/**
 * Aligns a namespace's source paragraphs with its target paragraphs, in reading order, allowing
 * 1-1, 1-0 (dropped), 0-1 (added), 2-1 (merged), 1-2 (split) and adjacent swaps.
 *
 * Keys and content agree in the normal case: a same-key pair that translates itself better than
 * it translates its neighbours is an anchor, and nothing between two adjacent anchors needs work.
 * Between anchors that leave something out, a dynamic programme runs in a band around the
 * segment's diagonal (widened only when the best path touches its edge). The result replaces the
 * key pairing only where it is clearly more probable. Linear in the number of paragraphs.
 */
import { append } from "../../lists";
import type { Features, LinkKind, LinkScorer } from "./score";

export interface Link {
  kind: LinkKind;
  /** Indexes into the source and target paragraph lists. */
  sources: number[];
  targets: number[];
}

/**
 * How much better than each neighbour a same-key pair must translate itself to anchor the
 * alignment (the key's own bonus included). A pair without evidence either way is no anchor:
 * in a shifted stretch of short sentences it would pin the alignment to the wrong pairs.
 */
const ANCHOR_MARGIN = 2;
/** How far the rivals of an anchor stand: two dropped paragraphs put the true partner two away. */
const ANCHOR_REACH = 2;
/**
 * A same-key pair that costs less than this (its key's bonus counted) translates itself on its
 * evidence — names, numbers, sentences agree — rather than by chance, as a loose pair capped at
 * LOOSE_PAIR (score.ts) would.
 */
const CONVINCING = 0;
/** Source paragraphs without a landmark after which the walk counts itself lost, and looks wider (every so many). */
const LOST_AFTER = 4;
/**
 * How far either side of its offset a lost walk looks for the translation of a paragraph, and how
 * far an anchor that is not convincing (CONVINCING) must be its row's best.
 */
const LOST_REACH = 16;
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
/** Below this share of neighbouring keys in the source's order, the key order is no reading order. */
const MIN_ORDER_AGREEMENT = 0.9;
/** The widest band (columns each side of the diagonal) a segment's alignment may take. */
const MAX_BAND = 128;
const MOVES: ReadonlyArray<readonly [LinkKind, number, number]> = [
  ["1-1", 1, 1],
  ["1-0", 1, 0],
  ["0-1", 0, 1],
  ["2-1", 2, 1],
  ["1-2", 1, 2],
  ["swap", 2, 2],
];

/** The best alignment of two segments, in a band around their diagonal. */
function alignSegment(scorer: LinkScorer, source: Features[], target: Features[]): { links: Link[]; cost: number } {
  const n = source.length;
  const m = target.length;
  // The band follows the segment's own diagonal (row i centred on column i·m/n), so its ends meet
  // whatever the lengths; it starts narrow and widens while the best path touches its edge, up
  // to MAX_BAND: beyond that the work would grow with the square of the segment.
  let width = Math.min(Math.abs(n - m), MAX_BAND / 4) + 4;
  for (;;) {
    const lo = new Int32Array(n + 1);
    const hi = new Int32Array(n + 1);
    for (let i = 0; i <= n; i++) {
      const center = n === 0 ? 0 : Math.round((i * m) / n);
      lo[i] = Math.max(0, center - width);
      hi[i] = Math.min(m, center + width);
    }
    if (n === 0) hi[0] = m;
    // The scorers keep their 1-1 costs, so a swap's two crossed pairs are look-ups. The paragraphs
    // of a link are handed over in reused lists: the band asks for millions of links.
    const sourceLists: Features[][] = [[], [source[0]], [source[0], source[0]]];
    const targetLists: Features[][] = [[], [target[0]], [target[0], target[0]]];
    const linkCost = (k: number, i: number, j: number): number => {
      const [kind, di, dj] = MOVES[k];
      const sources = sourceLists[di];
      const targets = targetLists[dj];
      for (let d = 0; d < di; d++) sources[d] = source[i - di + d];
      for (let d = 0; d < dj; d++) targets[d] = target[j - dj + d];
      return scorer.cost(kind, sources, targets, false);
    };
    const cost = Array.from({ length: n + 1 }, (_, i) => new Float64Array(hi[i] - lo[i] + 1).fill(Infinity));
    const move = Array.from({ length: n + 1 }, (_, i) => new Uint8Array(hi[i] - lo[i] + 1));
    for (let i = 0; i <= n; i++) {
      const row = cost[i];
      const back = move[i];
      for (let j = lo[i]; j <= hi[i]; j++) {
        if (i === 0 && j === 0) {
          row[0] = 0;
          continue;
        }
        for (let k = 0; k < MOVES.length; k++) {
          const [, di, dj] = MOVES[k];
          const pi = i - di;
          const pj = j - dj;
          if (pi < 0 || pj < 0 || pj < lo[pi] || pj > hi[pi]) continue;
          const before = cost[pi][pj - lo[pi]];
          if (before === Infinity) continue;
          const total = before + linkCost(k, i, j);
          if (total < row[j - lo[i]]) {
            row[j - lo[i]] = total;
            back[j - lo[i]] = k;
          }
        }
      }
    }
    const links: Link[] = [];
    let touchesEdge = false;
    for (let i = n, j = m; i > 0 || j > 0; ) {
      if ((j === lo[i] && lo[i] > 0) || (j === hi[i] && hi[i] < m)) touchesEdge = true;
      const [kind, di, dj] = MOVES[move[i][j - lo[i]]];
      const sources = Array.from({ length: di }, (_, k) => i - di + k);
      const targets = Array.from({ length: dj }, (_, k) => j - dj + k);
      links.push({ kind, sources, targets: kind === "swap" ? targets.reverse() : targets });
      i -= di;
      j -= dj;
    }
    if (!touchesEdge || width >= Math.max(n, m) || width >= MAX_BAND) return { links: links.reverse(), cost: cost[n][m - lo[n]] };
    width = Math.min(MAX_BAND, width * 2);
  }
}

/**
 * The key pairing of source paragraphs `from[0]`…`to[0]` and target paragraphs `from[1]`…`to[1]`
 * (ends not included), by their positions in the whole lists: same keys together, everything else
 * dropped or added.
 */
function keyLinks(source: Features[], targetIndex: TargetIndex, from: readonly [number, number], to: readonly [number, number]): Link[] {
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
function explains(link: Link, source: Features[], target: Features[]): boolean {
  if (link.kind === "1-1") return source[link.sources[0]].key !== target[link.targets[0]].key;
  return link.kind === "2-1" || link.kind === "1-2" || link.kind === "swap";
}

/** Where the target paragraph with a key stands (through i18next in the engine). */
export type TargetIndex = (key: string) => number | undefined;

/**
 * Whether pair (i, j) translates itself better than each neighbour within ANCHOR_REACH does, by
 * ANCHOR_MARGIN — and better than joining it with a neighbour explains it: a merged (or split)
 * paragraph translates its first source well too, so it stands only if the merge explains less
 * than leaving that neighbour out. `after` is the last pair already fixed: a rival that would
 * share a paragraph with it or cross it cannot be chosen, and is not asked (in a stretch in step,
 * half the rivals and half the merges, which cost the most to weigh). `inStep`: the pair comes
 * right after `after`, at its offset, with nothing to say it matches by chance — its rivals are
 * looked for one place away only, and its merges with the next paragraphs are not weighed when
 * the next pair in step stands out too (followedInStep, asked only when all else holds).
 */
function standsOut(scorer: LinkScorer, source: Features[], target: Features[], pair: (i: number, j: number) => number, i: number, j: number, keyBonus: boolean, after: readonly [number, number], inStep = false): boolean {
  if (!clearOfRivals(source.length, target.length, pair, i, j, after, inStep ? 1 : ANCHOR_REACH)) return false;
  const own = pair(i, j);
  const left = scorer.cost("1-0", [], []);
  const withPrevious = (i - 1 <= after[0] || own + left <= scorer.cost("2-1", [source[i - 1], source[i]], [target[j]], keyBonus)) && (j - 1 <= after[1] || own + left <= scorer.cost("1-2", [source[i]], [target[j - 1], target[j]], keyBonus));
  if (!withPrevious) return false;
  if (inStep && followedInStep(source.length, target.length, pair, i, j)) return true;
  return (
    (i + 1 >= source.length || own + left <= scorer.cost("2-1", [source[i], source[i + 1]], [target[j]], keyBonus)) &&
    (j + 1 >= target.length || own + left <= scorer.cost("1-2", [source[i]], [target[j], target[j + 1]], keyBonus))
  );
}

/** Whether no pair within `reach` of (i, j), after `after`, translates nearly as well as (i, j) does (by ANCHOR_MARGIN). */
function clearOfRivals(n: number, m: number, pair: (i: number, j: number) => number, i: number, j: number, after: readonly [number, number], reach: number): boolean {
  const own = pair(i, j);
  const within = (a: number, b: number) => a > after[0] && a < n && b > after[1] && b < m && pair(a, b) < own + ANCHOR_MARGIN;
  for (let d = 1; d <= reach; d++) {
    if (within(i, j - d) || within(i, j + d) || within(i - d, j) || within(i + d, j)) return false;
  }
  return true;
}

/**
 * Whether the pair after (i, j) in step, (i + 1, j + 1), translates itself convincingly and
 * better than its nearest neighbours. Then (i, j) is no part of a merge or split with the next
 * paragraph: had i and i + 1 been merged into j, the paragraph at j + 1 would be i + 2's
 * translation, and could not be beaten by i + 1 — nor, had j and j + 1 been split from i, could
 * j + 2 be by j + 1. In a long stretch in step, each pair's merges are so weighed by the next
 * pair's rivals, which the walk asks anyway, and not by two merge costs apiece.
 */
function followedInStep(n: number, m: number, pair: (i: number, j: number) => number, i: number, j: number): boolean {
  return i + 1 < n && j + 1 < m && pair(i + 1, j + 1) < CONVINCING && clearOfRivals(n, m, pair, i + 1, j + 1, [i, j], 1);
}

/** The target of row i's best pair within lo…hi, if it is better than every other there by ANCHOR_MARGIN; otherwise −1. */
function rowBest(pair: (i: number, j: number) => number, i: number, lo: number, hi: number): number {
  let best = -1;
  let bestCost = Infinity;
  let second = Infinity;
  for (let j = lo; j <= hi; j++) {
    const cost = pair(i, j);
    if (cost < bestCost) {
      second = bestCost;
      bestCost = cost;
      best = j;
    } else if (cost < second) second = cost;
  }
  return second >= bestCost + ANCHOR_MARGIN ? best : -1;
}

/** Same-key pairs, in order, that translate each other better than their neighbours do (the key's bonus counted). */
function anchors(scorer: LinkScorer, source: Features[], target: Features[], targetIndex: TargetIndex): Array<[number, number]> {
  const result: Array<[number, number]> = [];
  let last: [number, number] = [-1, -1];
  const pair = (i: number, j: number) => scorer.pair(source[i], target[j]);
  for (let i = 0; i < source.length; i++) {
    const j = targetIndex(source[i].key);
    if (j === undefined || j <= last[1]) continue;
    // A pair that translates itself convincingly at the last anchor's offset, a few paragraphs
    // after it, is no chance match: right after the anchor it is weighed against its nearest
    // rivals only, and it need not be its row's best further away. Any other, even right after an
    // anchor, must be its row's best LOST_REACH places either side: in a long stretch moved
    // further than two places, a same-key pair that matches by chance would otherwise anchor, and
    // chance anchors hold each other in place at the wrong offset. (In a namespace in step, two
    // fifths fewer pairs asked: 1-1 costs at 100,000 paragraphs 0.66 M → 0.39 M.)
    const convincing = j - i === last[1] - last[0] && i - last[0] <= LOST_AFTER && pair(i, j) < CONVINCING;
    const next = last[0] === i - 1 && last[1] === j - 1;
    if (!standsOut(scorer, source, target, pair, i, j, true, last, next && convincing)) continue;
    if (!convincing && rowBest(pair, i, Math.max(last[1] + 1, j - LOST_REACH), Math.min(target.length - 1, j + LOST_REACH)) !== j) continue;
    last = [i, j];
    result.push(last);
  }
  return result;
}

/** Moves links just made for a segment to the segment's place in the whole lists (in place: nothing else holds them). */
function shift(links: Link[], sourceOffset: number, targetOffset: number): Link[] {
  for (const link of links) {
    for (let k = 0; k < link.sources.length; k++) link.sources[k] += sourceOffset;
    for (let k = 0; k < link.targets.length; k++) link.targets[k] += targetOffset;
  }
  return links;
}

/**
 * The share of the target's neighbouring keys that stand in the source's order. A catalog of
 * paragraphs keeps it near 1; a UI catalog sorted another way does not, and its keys, not its
 * order, are what pairs its strings.
 */
function orderAgreement(source: Features[], target: Features[]): number {
  // Where each target key stands in the source: looked for just after the last one found (where a
  // catalog in order has it, a drop or two apart), and in a map of all keys only when not there.
  let sourceIndex: Map<string, number> | undefined;
  const find = (key: string, after: number): number | undefined => {
    for (let i = after + 1; i < source.length && i <= after + 3; i++) if (source[i].key === key) return i;
    sourceIndex ??= new Map(source.map((f, i) => [f.key, i]));
    return sourceIndex.get(key);
  };
  let previous = -1;
  let pairs = 0;
  let inOrder = 0;
  for (const f of target) {
    const i = find(f.key, previous);
    if (i === undefined) continue;
    if (previous >= 0) {
      pairs++;
      if (i > previous) inOrder++;
    }
    previous = i;
  }
  return pairs === 0 ? 1 : inOrder / pairs;
}

/**
 * A paragraph left as dropped while the target paragraph with its key is left as added was not
 * dropped: its key moved elsewhere in the file (UI catalogs are sorted every which way). Such
 * pairs are joined again by their key.
 */
function rejoinMovedKeys(links: Link[], source: Features[], target: Features[]): Link[] {
  const added = new Map<string, Link>();
  for (const link of links) if (link.kind === "0-1") added.set(target[link.targets[0]].key, link);
  if (added.size === 0) return links;
  const joined = new Set<Link>();
  const result: Link[] = [];
  for (const link of links) {
    if (link.kind === "1-0") {
      const partner = added.get(source[link.sources[0]].key);
      if (partner && !joined.has(partner)) {
        joined.add(partner);
        result.push({ kind: "1-1", sources: link.sources, targets: partner.targets });
        continue;
      }
    }
    result.push(link);
  }
  return result.filter((link) => !joined.has(link));
}

/**
 * Paragraph catalogs number their keys (p01, p02, h01; s01, s02): a translator who skips one
 * fills the next under the wrong number. Semantic keys (auth.sign-in, about.media) cannot shift
 * that way, so their strings are paired by key alone.
 */
const MIN_NUMBERED_KEYS = 0.5;

function numberedShare(source: Features[]): number {
  return source.length === 0 ? 0 : source.filter((f) => /\d$/.test(f.key)).length / source.length;
}

/** Whether the two sides are paragraphs in reading order, which content can align; if not, keys pair them. */
function inReadingOrder(source: Features[], target: Features[]): boolean {
  return numberedShare(source) >= MIN_NUMBERED_KEYS && orderAgreement(source, target) >= MIN_ORDER_AGREEMENT;
}

/** Aligns the whole namespace. Every paragraph of both sides appears in exactly one link. */
export function alignParagraphs(scorer: LinkScorer, source: Features[], target: Features[], targetIndex: TargetIndex, report?: AlignmentReport): Link[] {
  const ordered = inReadingOrder(source, target);
  if (report) report.ordered = ordered;
  if (!ordered) return keyLinks(source, targetIndex, [0, 0], [source.length, target.length]);
  return rejoinMovedKeys(alignInOrder(scorer, source, target, targetIndex, report), source, target);
}

/** What the aligner tells of its certainty. */
export interface AlignmentReport {
  /** Whether content aligned the sides at all (see inReadingOrder), or their keys alone paired them. */
  ordered: boolean;
  /** The longest stretch no anchor pinned down, in paragraphs of either side. */
  longest: number;
}

/** Where a landmark is looked for, from the last one's offset: in step first, then one and two off. */
const LANDMARK_STEPS = [0, -1, 1, -2, 2];

/**
 * Pairs that translate each other better than their neighbours, found by walking down the
 * segment at the offset the last one set (a long stretch moved by a dropped paragraph keeps its
 * offset): they cut a long segment into short ones, so that its alignment stays linear.
 *
 * A walk that has found none for LOST_AFTER paragraphs may be at the wrong offset (the segment
 * began at a pair that matched by chance, or accidents moved the translations further than two
 * places at once): every LOST_AFTER paragraphs it then looks LOST_REACH places either side, and
 * takes a pair that is its row's best there by ANCHOR_MARGIN and stands out from its neighbours.
 */
function landmarks(scorer: LinkScorer, source: Features[], target: Features[]): Array<[number, number]> {
  // Scorers keep their 1-1 costs: asking again for a neighbour's pair costs a look-up.
  const pair = (i: number, j: number): number => scorer.pair(source[i], target[j], false);
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
      if (d !== 0 && stay > last[1] && stay < target.length && pair(i, j) + Math.abs(d) * scorer.cost("1-0", [], []) > pair(i, stay)) continue;
      // Right after a landmark in step, a rival two places away would mean two paragraphs dropped
      // or added at once just here, with this pair matching by chance: one place is looked at (a
      // quarter fewer pair costs at 100k; eval:align:long the same on seeds 1–6 but one pair).
      if (!standsOut(scorer, source, target, pair, i, j, false, last, last[0] === i - 1 && last[1] === j - 1)) continue;
      take(i, j);
      found = true;
      break;
    }
    const lost = i - last[0];
    if (found || lost < LOST_AFTER || lost % LOST_AFTER !== 0) continue;
    const best = rowBest(pair, i, Math.max(last[1] + 1, i + offset - LOST_REACH), Math.min(target.length - 1, i + offset + LOST_REACH));
    if (best < 0 || !standsOut(scorer, source, target, pair, i, best, false, last)) continue;
    // A new offset must be borne out by the next paragraph too, standing out as a landmark would: a
    // chance match seldom comes in two.
    const confirmed = best === i + offset || (i + 1 < source.length && best + 1 < target.length && standsOut(scorer, source, target, pair, i + 1, best + 1, false, [i, best]));
    if (confirmed) take(i, best);
  }
  return result;
}

/** Segments longer than this are cut at landmarks before the dynamic programme runs. */
const LANDMARK_SPAN = 32;

/** The best alignment of a segment of any length: short ones whole, long ones between landmarks. */
function alignLong(scorer: LinkScorer, source: Features[], target: Features[]): { links: Link[]; cost: number } {
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

/** Links that are not a plain pair: paragraphs left without a partner, merged, split or swapped. */
function unpaired(links: Link[]): number {
  let count = 0;
  for (const link of links) if (link.kind !== "1-1") count++;
  return count;
}

/** The links of one segment between anchors, and whether they say more than its keys. */
interface Piece {
  links: Link[];
  changed: boolean;
}

/** Aligns the segment strictly between two anchors (or the ends), keeping the key pairing unless the alignment is clearly more probable. */
function alignBetween(scorer: LinkScorer, source: Features[], target: Features[], targetIndex: TargetIndex, previous: [number, number], anchor: [number, number], report?: AlignmentReport): Piece {
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

/** How many links either side of an anchor in doubt are aligned again with it. */
const DOUBT_REACH = 32;

/**
 * Aligns again, as one, the links around each anchor in doubt (those at `doubtful`), from a pair
 * DOUBT_REACH links before it to one as far after it, and keeps what costs less: the anchor's
 * reading is one of those the window holds, so the answer is never worse. Windows that overlap
 * are read as one; each link is read again at most once, so the work stays linear.
 */
function reread(scorer: LinkScorer, source: Features[], target: Features[], links: Link[], doubtful: number[]): Link[] {
  // Where each link's paragraphs begin: the window's paragraphs are the links' between its ends.
  const sourceAt = new Int32Array(links.length + 1);
  const targetAt = new Int32Array(links.length + 1);
  links.forEach((link, k) => {
    sourceAt[k + 1] = sourceAt[k] + link.sources.length;
    targetAt[k + 1] = targetAt[k] + link.targets.length;
  });
  const result: Link[] = [];
  let copied = 0;
  for (let d = 0; d < doubtful.length; ) {
    // The window runs from link `from` up to link `to` (not included), each end at a plain pair or the catalog's end.
    let from = Math.max(copied, doubtful[d] - DOUBT_REACH);
    while (from > copied && links[from - 1].kind !== "1-1") from--;
    let to = Math.min(links.length, doubtful[d] + 1 + DOUBT_REACH);
    for (d++; d < doubtful.length && doubtful[d] < to; d++) to = Math.min(links.length, doubtful[d] + 1 + DOUBT_REACH);
    while (to < links.length && links[to].kind !== "1-1") to++;
    append(result, links.slice(copied, from));
    const windowSource = source.slice(sourceAt[from], sourceAt[to]);
    const windowTarget = target.slice(targetAt[from], targetAt[to]);
    const before = links.slice(from, to);
    const again = alignLong(scorer, windowSource, windowTarget);
    const kept = totalCost(scorer, source, target, before);
    append(result, again.cost < kept ? shift(again.links, sourceAt[from], targetAt[from]) : before);
    copied = to;
  }
  append(result, links.slice(copied));
  return result;
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
