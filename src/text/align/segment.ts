/** The best alignment of two short segments of paragraphs: a dynamic programme in a band around their diagonal. */
import type { Features } from "./features";
import type { Link } from "./links";
import type { LinkKind, LinkScorer } from "./score";

/** The widest band (columns each side of the diagonal) a segment's alignment may take: beyond it the work would grow with the square of the segment. */
const MAX_BAND = 128;
/** Columns each side a band starts with beyond the segment's difference in length (itself at most a quarter of MAX_BAND). */
const FIRST_BAND = 4;
/** The moves of the programme: a link's kind, and how many source and target paragraphs it takes. */
const MOVES: ReadonlyArray<readonly [LinkKind, number, number]> = [
  ["1-1", 1, 1],
  ["1-0", 1, 0],
  ["0-1", 0, 1],
  ["2-1", 2, 1],
  ["1-2", 1, 2],
  ["swap", 2, 2],
];

/**
 * The best alignment of two segments, and its cost. The band follows the segment's own diagonal
 * (row i centred on column i·m/n), so its ends meet whatever the lengths; it starts narrow and
 * doubles while the best path touches its edge, up to MAX_BAND.
 */
export function alignSegment(scorer: LinkScorer, source: Features[], target: Features[]): { links: Link[]; cost: number } {
  const n = source.length;
  const m = target.length;
  let width = Math.min(Math.abs(n - m), MAX_BAND / 4) + FIRST_BAND;
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
