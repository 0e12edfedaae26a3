/**
 * A cache of 1-1 costs by source and target position: bounded, and free of allocation (the
 * aligner asks for millions of pairs in a long namespace). A row of SLOTS per source paragraph,
 * a pair's slot in it chosen by its target's position: the aligner asks, for each paragraph,
 * pairs at three or four neighbouring targets (its key's, and one or two off), walking down the
 * catalog twice (anchors, then landmarks), so a walk reads the rows in order and the second finds
 * what the first computed. Why not a hashed table: docs/alignment.md.
 */

/** Slots per row, as a power of two: the neighbouring targets a paragraph's pairs are asked at. */
const SLOT_BITS = 2;
const SLOT_MASK = (1 << SLOT_BITS) - 1;
/**
 * Rows at first (2^6: an article whole, 4 KB, as a run makes four scorers per namespace), and at
 * most (2^17: a 131,072-paragraph namespace whole, 8 MB); beyond, positions share rows.
 */
const MIN_ROW_BITS = 6;
const MAX_ROW_BITS = 17;

export class PairCache {
  private rowBits = MIN_ROW_BITS;
  private sources = new Int32Array(1 << (MIN_ROW_BITS + SLOT_BITS)).fill(-1);
  private targets = new Int32Array(1 << (MIN_ROW_BITS + SLOT_BITS));
  private costs = new Float64Array(1 << (MIN_ROW_BITS + SLOT_BITS));

  private slot(i: number, j: number): number {
    return ((i & ((1 << this.rowBits) - 1)) << SLOT_BITS) | (j & SLOT_MASK);
  }

  get(i: number, j: number): number | undefined {
    const slot = this.slot(i, j);
    return this.sources[slot] === i && this.targets[slot] === j ? this.costs[slot] : undefined;
  }

  set(i: number, j: number, cost: number): number {
    if (i >> this.rowBits > 0 && this.rowBits < MAX_ROW_BITS) this.grow(Math.min(MAX_ROW_BITS, 32 - Math.clz32(i)));
    const slot = this.slot(i, j);
    this.sources[slot] = i;
    this.targets[slot] = j;
    this.costs[slot] = cost;
    return cost;
  }

  /** More rows, keeping what the table holds (each pair moves to its source's new row, at the same place in it). */
  private grow(rowBits: number): void {
    const { sources, targets, costs } = this;
    this.rowBits = rowBits;
    this.sources = new Int32Array(1 << (rowBits + SLOT_BITS)).fill(-1);
    this.targets = new Int32Array(1 << (rowBits + SLOT_BITS));
    this.costs = new Float64Array(1 << (rowBits + SLOT_BITS));
    for (let slot = 0; slot < sources.length; slot++) {
      const i = sources[slot];
      if (i < 0) continue;
      const to = this.slot(i, targets[slot]);
      this.sources[to] = i;
      this.targets[to] = targets[slot];
      this.costs[to] = costs[slot];
    }
  }
}
