/**
 * How well source paragraphs and target paragraphs translate each other, as a cost (a negative
 * log-likelihood: lower is better), from evidence that needs no machine translation: length
 * (Gale & Church, with the ratio learned from the catalog) and the evidence of evidence.ts.
 */
import { evidenceCost } from "./evidence";
import { wholeOf, type Features } from "./features";
import type { Grams } from "./kinship";
import { PairCache } from "./pair-cache";
import { TermWeights } from "./term-weights";
import { kinCost, witnessBounds, witnessCost } from "./witness";

/** What a witness can add to one pair's cost (witnessBounds of its two parts), made once. */
const PAIR_WITNESS_BOUNDS = witnessBounds(2);

export type LinkKind = "1-1" | "1-0" | "0-1" | "2-1" | "1-2" | "swap";

/** What the aligner asks of a scorer: the cost of one link. */
export interface LinkScorer {
  cost(kind: LinkKind, sources: Features[], targets: Features[], keyBonus?: boolean): number;
  /** The cost of the 1-1 link of one source and one target paragraph (asked millions of times: no lists). */
  pair(source: Features, target: Features, keyBonus?: boolean): number;
}

/**
 * Priors, as costs. Paragraphs are merged or split about as rarely as they are dropped, so a drop
 * (with DROP_EXTRA) and a merge start even and the evidence decides (docs/alignment.md).
 */
const PRIOR: Record<LinkKind, number> = {
  "1-1": -Math.log(0.95),
  "1-0": -Math.log(0.02),
  "0-1": -Math.log(0.02),
  "2-1": -Math.log(0.003),
  "1-2": -Math.log(0.003),
  swap: -Math.log(0.02),
};
/** A same-key pair's bonus, where keys are trusted (telling anchors). */
const KEY_BONUS = 1;
/** A dropped or added paragraph is also a paragraph's worth of unexplained text. */
const DROP_EXTRA = 2;
/** Two paragraphs merged into a one-sentence paragraph: unlikely, as a merge keeps both sentences. */
const ONE_SENTENCE_MERGE = 3;
/** The most a length can cost. */
const MAX_LENGTH_COST = 25;
/** Standard deviations from the expected length beyond which the length cost grows linearly, not with the square. */
const LENGTH_TAIL = 2;
/** The most a 1-1 pair can cost: a loose translation in its place is likelier than a paragraph dropped and another added at the same spot. */
const LOOSE_PAIR = 8;

/** Target characters per source character, and the variance per character, before any are learned (or with too few pairs). */
const DEFAULT_RATIO = 1.1;
const DEFAULT_VARIANCE = 6.8;
/** Below this variance per character, one reworded sentence would read as a different paragraph; above the maximum, nothing would. */
const MIN_VARIANCE = 3;
const MAX_VARIANCE = 60;
/** The median of a squared standard normal: a median squared deviation divided by it estimates the variance. */
const CHI_SQUARE_MEDIAN = 0.455;
/** Fewer paragraphs or pairs than this give no median worth the name. */
const MIN_LEARN_PAIRS = 3;
/** Offsets of the pairs the ratio is learned from (in step, and one key either way). */
const RATIO_OFFSETS = [-1, 0, 1];
/** The variance is learned at the best-fitting offset within this many keys either way. */
const VARIANCE_REACH = 2;
/** Paragraph positions the length ratio is learned from, at most. */
const LEARN_SAMPLE = 4096;

export class PairScorer implements LinkScorer {
  /** Target length per source character, and the variance per character (Gale & Church's c and s²). */
  constructor(
    private readonly ratio: number,
    private readonly variance: number,
    /** Evidence per shared source name or cognate; without them, each weighs 1. */
    private readonly termWeights?: TermWeights,
    /** When set, this scorer adds the witness's word (the sources' `witness` trigrams) to what `base` says. */
    private readonly base?: PairScorer,
  ) {}

  /** 1-1 costs by source and target position (without the key bonus): the aligner asks for each many times. */
  private readonly pairs = new PairCache();
  /** Costs of merges (2-1) and splits (1-2) of neighbours, by their first source and target positions; made when first asked. */
  private merges?: PairCache;
  private splits?: PairCache;

  /** The same scorer, also reading the sibling translation the sources carry as `witness`. */
  withWitness(): PairScorer {
    return new PairScorer(this.ratio, this.variance, this.termWeights, this.base ?? this);
  }

  /**
   * Learns c and s² from the catalog itself, robustly. Paragraphs are paired by position at
   * offsets around 0, so that a catalog whose translations moved up a key or two still gives the
   * right figures: c is the median ratio of all pairs at RATIO_OFFSETS (the pairs in step carry
   * it, and pairs out of step scatter around it), s² the median squared deviation at the offset
   * that fits best. (Total lengths would not do: a dropped paragraph shortens the translation;
   * nor the best offset's own ratio: in a short article a wrong offset can fit by chance.)
   * `weights`: the source's term weights, when the caller has counted them for several targets.
   */
  static learn(source: Features[], target: Features[], weights: TermWeights = TermWeights.of(source)): PairScorer {
    if (source.length < MIN_LEARN_PAIRS || target.length < MIN_LEARN_PAIRS) return new PairScorer(DEFAULT_RATIO, DEFAULT_VARIANCE, weights);
    const median = (values: Float64Array) => values.sort()[Math.floor(values.length / 2)];
    // A long catalog is sampled evenly: a few thousand pairs give the medians as well as all would.
    const stride = Math.max(1, Math.ceil(source.length / LEARN_SAMPLE));
    // The lengths of the pairs at an offset, from `from` on in two buffers (room for the three
    // offsets of the ratio); returns how many pairs it wrote.
    const room = RATIO_OFFSETS.length * (Math.ceil(source.length / stride) + 1);
    const sourceLengths = new Float64Array(room);
    const targetLengths = new Float64Array(room);
    const pairsAt = (offset: number, from = 0) => {
      let count = from;
      for (let i = Math.max(0, -offset); i < source.length && i + offset < target.length; i += stride) {
        if (source[i].length > 0 && target[i + offset].length > 0) {
          sourceLengths[count] = source[i].length;
          targetLengths[count++] = target[i + offset].length;
        }
      }
      return count - from;
    };
    let near = 0;
    for (const offset of RATIO_OFFSETS) near += pairsAt(offset, near);
    if (near < MIN_LEARN_PAIRS) return new PairScorer(DEFAULT_RATIO, DEFAULT_VARIANCE, weights);
    const ratios = new Float64Array(near);
    for (let k = 0; k < near; k++) ratios[k] = targetLengths[k] / sourceLengths[k];
    const ratio = median(ratios);
    let variance = Infinity;
    for (let offset = -VARIANCE_REACH; offset <= VARIANCE_REACH; offset++) {
      const count = pairsAt(offset);
      if (count < MIN_LEARN_PAIRS) continue;
      const deviations = new Float64Array(count);
      for (let k = 0; k < count; k++) deviations[k] = (targetLengths[k] - ratio * sourceLengths[k]) ** 2 / sourceLengths[k];
      variance = Math.min(variance, median(deviations) / CHI_SQUARE_MEDIAN);
    }
    return new PairScorer(ratio, Math.min(MAX_VARIANCE, Math.max(MIN_VARIANCE, Number.isFinite(variance) ? variance : DEFAULT_VARIANCE)), weights);
  }

  private lengthCost(sourceLength: number, targetLength: number): number {
    const delta = (targetLength - sourceLength * this.ratio) / Math.sqrt(Math.max(sourceLength, 1) * this.variance);
    // Gaussian near the expected length, then growing linearly (Huber): a translator who adds a
    // clause ("as the Examiner reported, West said: …") makes a long pair, not an impossible one.
    const a = Math.abs(delta);
    return Math.min(MAX_LENGTH_COST, a <= LENGTH_TAIL ? (delta * delta) / 2 : LENGTH_TAIL * a - (LENGTH_TAIL * LENGTH_TAIL) / 2);
  }

  /**
   * The cost of linking these source paragraphs with these target paragraphs. `keyBonus`: a
   * same-key pair is cheaper — right for telling anchors, wrong inside a stretch already known to
   * be out of step, where it would pull the alignment back onto the wrong pairs.
   */
  cost(kind: LinkKind, sources: Features[], targets: Features[], keyBonus = true): number {
    if (kind === "1-0" || kind === "0-1") return PRIOR[kind] + DROP_EXTRA;
    if (kind === "swap") return PRIOR.swap + this.pair(sources[0], targets[1], keyBonus) + this.pair(sources[1], targets[0], keyBonus);
    if (kind === "1-1") return this.pair(sources[0], targets[0], keyBonus);
    if (!this.base && (kind === "2-1" || kind === "1-2")) return this.neighbours(kind, sources, targets);
    return this.linkCost(kind, sources, targets);
  }

  /**
   * A merge's or split's cost, kept by position where its two paragraphs are neighbours (the anchor
   * walk, the stretches' programme and the joint reading ask the same ones). Not for a witnessed
   * scorer: its cost also reads what trigrams the paragraphs carry.
   */
  private neighbours(kind: "2-1" | "1-2", sources: Features[], targets: Features[]): number {
    const [pair, one] = kind === "2-1" ? [sources, targets] : [targets, sources];
    if (pair.length !== 2 || one.length !== 1 || pair[1].position !== pair[0].position + 1) return this.linkCost(kind, sources, targets);
    const cache = kind === "2-1" ? (this.merges ??= new PairCache()) : (this.splits ??= new PairCache());
    const i = sources[0].position;
    const j = targets[0].position;
    return cache.get(i, j) ?? cache.set(i, j, this.linkCost(kind, sources, targets));
  }

  /** Lists of one paragraph, reused to ask linkCost for a pair not yet in the cache. */
  private readonly oneSource: Features[] = [];
  private readonly oneTarget: Features[] = [];

  pair(source: Features, target: Features, keyBonus = true): number {
    let cost = this.pairs.get(source.position, target.position);
    if (cost === undefined) {
      this.oneSource[0] = source;
      this.oneTarget[0] = target;
      cost = this.pairs.set(source.position, target.position, Math.min(LOOSE_PAIR, this.linkCost("1-1", this.oneSource, this.oneTarget)));
    }
    return keyBonus && source.key === target.key ? cost - KEY_BONUS : cost;
  }

  /**
   * Bounds on what `pair` returns, read without the witness: for a witnessed scorer (withWitness)
   * the base's cost with the least and the most a witness can add (witnessBounds), or the pair
   * itself once known; for any other, the pair. Rounding is monotone, so they bound it.
   */
  pairBounds(source: Features, target: Features, keyBonus = true): [number, number] {
    const known = this.base ? this.pairs.get(source.position, target.position) : this.pair(source, target, false);
    const [least, most] = PAIR_WITNESS_BOUNDS;
    const base = known ?? (this.base as PairScorer).pair(source, target, false);
    const low = known ?? Math.min(LOOSE_PAIR, base + least);
    const high = known ?? Math.min(LOOSE_PAIR, base + most);
    return keyBonus && source.key === target.key ? [low - KEY_BONUS, high - KEY_BONUS] : [low, high];
  }

  /** Bounds on what `cost` returns for a merge or split, read without the witness (as pairBounds). */
  mergeBounds(kind: "2-1" | "1-2", sources: Features[], targets: Features[]): [number, number] {
    const cost = this.base ? this.base.cost(kind, sources, targets, false) : this.cost(kind, sources, targets);
    if (!this.base) return [cost, cost];
    const [least, most] = witnessBounds(sources.length + targets.length);
    return [cost + least, cost + most];
  }

  private linkCost(kind: LinkKind, sources: Features[], targets: Features[]): number {
    if (this.base) {
      const cost = this.base.cost(kind, sources, targets, false);
      // A pair, most of what a reading asks, without the lists witnessCost takes.
      if (kind === "1-1") {
        const witness = sources[0].witness;
        const kin = targets[0].kin;
        return witness && kin ? cost + kinCost(witness, kin) : cost; // witnessCost([witness], [kin]), without the lists
      }
      const witnessed = sources.every((f) => f.witness) && targets.every((f) => f.kin);
      return witnessed ? cost + witnessCost(sources.map((f) => f.witness as Grams), targets.map((f) => f.kin as Grams)) : cost;
    }
    // Two orphans are a missing key and an extra key, not a moved paragraph: in a shift, every
    // pair has a key the other side knows (about.project and about.media are different strings).
    if (allOrphans(sources) && allOrphans(targets)) return Infinity;
    // An empty paragraph is a slot left unfilled (empty-paragraph's to report), never half of a merge or split.
    if (sources.length + targets.length > 2 && (anyEmpty(sources) || anyEmpty(targets))) return Infinity;
    const source = wholeOf(sources);
    const target = wholeOf(targets);
    let cost = PRIOR[kind] + this.lengthCost(source.length, target.length);
    // Two paragraphs merged keep at least two sentences: a one-sentence paragraph is no merge.
    if (kind === "2-1" && targets[0].sentences < 2) cost += ONE_SENTENCE_MERGE;
    return cost + evidenceCost(source, target, sources, targets, this.termWeights);
  }
}

function allOrphans(parts: Features[]): boolean {
  for (const f of parts) if (!f.orphan) return false;
  return true;
}

function anyEmpty(parts: Features[]): boolean {
  for (const f of parts) if (f.length === 0) return true;
  return false;
}
