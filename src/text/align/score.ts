/**
 * How well source paragraphs and target paragraphs translate each other, as a cost (a negative
 * log-likelihood: lower is better), from evidence that needs no machine translation: length
 * (Gale & Church, with the ratio learned from the catalog), numbers by value, names across
 * scripts and quotations.
 */
import type { LocaleProfile } from "../locales";
import { keysOf, type NumberToken } from "../numbers";
import { calendarTerms } from "../calendar";
import { opensWithQuote, type QuoteAnalysis } from "../quotes";
import { sameName, termSkeletons } from "../names";
import { commonSorted, kinCoverage, unionGrams, type Grams } from "./kinship";

export interface Features {
  key: string;
  /** Where the paragraph stands in its side's list. */
  position: number;
  length: number;
  /** Likeliest values of the numbers written with digits, and the calendar words (calendar.ts), sorted. */
  numbers: string[];
  /** Values of numbers written in words (three, троє, XVIII), sorted: a match counts, a word without one does not. */
  hints: string[];
  names: string[];
  cognates: string[];
  /** Names and cognates together, as a target's are looked up: in the order of their heads. */
  terms: string[];
  /** Each term's first three letters as one number (head, below), ascending: a name can only match a term that begins alike. */
  heads: Int32Array;
  quotations: number;
  /** Where quotations stand (QUOTE_OPENS, QUOTE_RUNS_ON, QUOTE_RUNS_IN): translators keep a paragraph's shape of quoting. */
  quoteShape: number;
  /** Counts of ? ! ( : ; — punctuation that survives translation. */
  punctuation: number[];
  /** Sentences: translators keep them more often than not. */
  sentences: number;
  /** Whether the paragraph ends as a sentence does (. ! ? …), not as a heading or a caption: translators keep it. */
  terminal: boolean;
  /** The other side has no paragraph with this key. */
  orphan?: boolean;
  /** A target's folded trigrams, when its language has kin among the targets (kinship.ts). */
  kin?: Grams;
  /** A source's: the trigrams of its key's paragraph in a sibling translation trusted to be in step. */
  witness?: Grams;
  /** A target's: the sibling translation's paragraph with its key, when both are aligned as one. */
  partner?: Features;
}

/** What the aligner asks of a scorer: the cost of one link. */
export interface LinkScorer {
  cost(kind: LinkKind, sources: Features[], targets: Features[], keyBonus?: boolean): number;
  /** The cost of the 1-1 link of one source and one target paragraph (asked millions of times: no lists). */
  pair(source: Features, target: Features, keyBonus?: boolean): number;
}

const SURVIVING_PUNCTUATION = ["?", "!", "(", ":", ";"];
/** A sentence's end, before any closing quotation marks, brackets or spaces. */
const TERMINAL = /[.!?…][\s"'»“”’)\]]*$/u;

/** A term's first three letters as one number: terms that begin differently cannot be one name (sameName). */
function head(term: string): number {
  return (Math.imul(term.charCodeAt(0), 961) + Math.imul(term.charCodeAt(1), 31) + term.charCodeAt(2)) | 0;
}

function punctuationOf(text: string): number[] {
  const counts = SURVIVING_PUNCTUATION.map(() => 0);
  for (const ch of text) {
    const index = SURVIVING_PUNCTUATION.indexOf(ch);
    if (index >= 0) counts[index]++;
  }
  return counts;
}

/** The paragraph opens with a quotation mark. */
const QUOTE_OPENS = 1;
/** A quotation runs on past the paragraph's end (its closing mark is in a later paragraph, or nowhere). */
const QUOTE_RUNS_ON = 2;
/** A quotation opened in an earlier paragraph closes in this one. */
const QUOTE_RUNS_IN = 4;

function quoteShape(text: string, quotes: Pick<QuoteAnalysis, "quotations" | "lone">): number {
  const opens = opensWithQuote(text, quotes);
  const runsOn = quotes.lone.some((m) => m.role === "open");
  const runsIn = quotes.lone.some((m) => m.role === "close");
  return (opens ? QUOTE_OPENS : 0) | (runsOn ? QUOTE_RUNS_ON : 0) | (runsIn ? QUOTE_RUNS_IN : 0);
}

export function featuresOf(key: string, position: number, text: string, numbers: NumberToken[], quotes: Pick<QuoteAnalysis, "quotations" | "lone" | "spans">, sentences: number, profile: LocaleProfile): Features {
  const { names, cognates } = termSkeletons(text, profile);
  // Calendar words survive translation as numbers do, and are weighed as numbers (calendar.ts).
  const values = [...numbers.filter((token) => !token.weak).map((token) => keysOf(token)[0]), ...calendarTerms(text, profile)].sort();
  const hints = numbers.filter((token) => token.weak).map((token) => keysOf(token)[0]).sort();
  const byHead = [...names, ...cognates].map((term) => ({ term, head: head(term) })).sort((a, b) => a.head - b.head);
  const terms = byHead.map((t) => t.term);
  return { key, position, length: text.length, numbers: values, hints, names, cognates, terms, heads: Int32Array.from(byHead, (t) => t.head), quotations: quotes.spans.length, quoteShape: quoteShape(text, quotes), punctuation: punctuationOf(text), sentences, terminal: TERMINAL.test(text) };
}

/**
 * How much each shared name or cognate of the source paragraphs says: a name in every paragraph
 * (the article's subject) says little. Kept flat, each paragraph's names then cognates from
 * `offset(position)`: the scorer reads them for millions of pairs, and a small array per paragraph
 * looked up by string (and the young-generation collector copying a hundred thousand of them) had
 * cost about a tenth of a 100,000-paragraph alignment (a CPU profile: 0.19 s of 1.7 s).
 */
export class TermWeights {
  private constructor(
    private readonly start: Int32Array,
    readonly weight: Float64Array,
  ) {}

  static of(paragraphs: Features[]): TermWeights {
    // Each term gets a number once; documents are counted (and weights read) by number.
    const ids = new Map<string, number>();
    let size = 0;
    let last = -1;
    for (const f of paragraphs) {
      size += f.names.length + f.cognates.length;
      last = Math.max(last, f.position);
    }
    const start = new Int32Array(last + 1).fill(-1);
    const occurrences = new Int32Array(size);
    const documents = new Int32Array(size);
    let at = 0;
    const count = (term: string) => {
      let id = ids.get(term);
      if (id === undefined) ids.set(term, (id = ids.size));
      documents[id]++;
      occurrences[at++] = id;
    };
    for (const f of paragraphs) {
      start[f.position] = at;
      for (let k = 0; k < f.names.length; k++) count(f.names[k]);
      for (let k = 0; k < f.cognates.length; k++) count(f.cognates[k]);
    }
    // A weight per term, then read out per occurrence (a catalog repeats its terms).
    const byId = new Float64Array(ids.size);
    for (let id = 0; id < ids.size; id++) byId[id] = Math.min(2.5, Math.log((paragraphs.length + 1) / documents[id]));
    const weight = new Float64Array(size);
    for (let k = 0; k < size; k++) weight[k] = byId[occurrences[k]];
    return new TermWeights(start, weight);
  }

  /** Where a source paragraph's weights begin in `weight`, or −1 if it was not among those counted. */
  offset(position: number): number {
    return position < this.start.length ? this.start[position] : -1;
  }
}

export type LinkKind = "1-1" | "1-0" | "0-1" | "2-1" | "1-2" | "swap";

/**
 * Priors, as costs. Gale & Church's (1-1 0.89, 1-0 0.0099, 2-1 0.089) are for sentences, where
 * merges are common; paragraphs are merged or split about as rarely as they are dropped, so a
 * drop (with DROP_EXTRA, 5.9) and a merge (5.8) start even and the evidence decides. 0.003 for
 * merges and splits measured best of 0.001, 0.003 and 0.01 by eval:align (0.01 raised false
 * merges on the clean corpus).
 */
const PRIOR: Record<LinkKind, number> = {
  "1-1": -Math.log(0.95),
  "1-0": -Math.log(0.02),
  "0-1": -Math.log(0.02),
  "2-1": -Math.log(0.003),
  "1-2": -Math.log(0.003),
  swap: -Math.log(0.02),
};
const KEY_BONUS = 1;
/** Per number word whose value the other side also writes (in digits or words). */
const HINT_BONUS = 1;
/**
 * A pair where one paragraph ends as a sentence and the other does not (a heading beside a
 * sentence). On NTREX 1.2 % of translations differ so from their source, 8.2 % of neighbours (a
 * log-likelihood ratio of 1.9); eval:align measured 3 best of 1, 2, 3, 4 and 6 on seeds 42, 7 and 1.
 */
const TERMINAL_MISMATCH = 3;
/**
 * Per way two paragraphs' quote shapes differ (one opens with a quotation mark and the other not;
 * a quotation runs on past one's end and not the other's; …). On NTREX 1–3 % of translations
 * differ from their source in each, 9–18 % of neighbours (log-likelihood ratios 1.6–2.7), much of
 * it already told by the count of quotations; eval:align measured 1 best of 0, 0.5, 1, 1.5 and 2
 * on seeds 42, 7 and 1 (and on seeds 3 and 11, never tuned on: 94.6 → 94.6 %, 95.4 → 96.4 %).
 */
const QUOTE_SHAPE_MISMATCH = 1;
/** Paragraph positions the length ratio is learned from, at most. */
const LEARN_SAMPLE = 4096;
const ONE_SENTENCE_MERGE = 3;
/** A dropped or added paragraph is also a paragraph's worth of unexplained text. */
const DROP_EXTRA = 2;
const MAX_LENGTH_COST = 25;
/** Standard deviations from the expected length beyond which the length cost grows linearly, not with the square. */
const LENGTH_TAIL = 2;
/**
 * The most a 1-1 pair can cost: a loose translation in its place is likelier than a paragraph
 * dropped and another added at the same spot (11.8). Measured with LENGTH_TAIL by eval:align on
 * seeds 42, 7 and 1: 8 best of 6, 8, 10, 11.8 and none.
 */
const LOOSE_PAIR = 8;
/** Below this variance per character, one reworded sentence would read as a different paragraph. */
const MIN_VARIANCE = 3;
/** Per sentence counted alike (a bonus) or apart (a cost, up to two): 0.8 measured best of 0, 0.4, 0.8, 1.5 by eval:align on seeds 42 and 7. */
const SENTENCE_WEIGHT = 0.8;

/**
 * The sibling translation as a witness (kinship.ts): how much of one translation's trigrams the
 * other holds, as a log-likelihood ratio of "translations of one paragraph" against "neighbours".
 * Measured on NTREX uk/ru (1,997 paragraphs, both directions): coverage below 0.1 is 12 times
 * likelier between neighbours (ln −2.5), 0.2 even, 0.35 and above 20–40 times likelier between
 * translations (ln 3.0–3.7); a line of slope 20 through 0.2, held within [−2.8, 3.6], follows it.
 */
const WITNESS_SLOPE = 20;
const WITNESS_EVEN = 0.2;
const WITNESS_RANGE: readonly [number, number] = [-2.8, 3.6];

/** Trigrams from which a text's coverage counts in full (about 40: a sentence of six words); shorter ones count in proportion. */
const WITNESS_FULL = 40;

/** The odds of one side's coverage; a short text's coverage says less (a few words may all be reworded). */
function coverageOdds(coverage: number, size: number): number {
  const odds = Math.min(WITNESS_RANGE[1], Math.max(WITNESS_RANGE[0], WITNESS_SLOPE * (coverage - WITNESS_EVEN)));
  return odds * Math.min(1, size / WITNESS_FULL);
}

/** The cost of two siblings' trigrams side by side: negative when they say the same. */
export function kinCost(a: Grams, b: Grams): number {
  return -coverageOdds(kinCoverage(a, b), a.length) - coverageOdds(kinCoverage(b, a), b.length);
}

/**
 * The witness's word on a link: each sibling paragraph of the sources should be found in the
 * targets, and each target in the sibling paragraphs, as much as two translations of one text
 * share (coverage, half the weight each way). A merge whose first source's sibling the merged
 * paragraph does not hold costs more than the drop it imitates.
 */
function witnessCost(witnesses: Grams[], targets: Grams[]): number {
  const wholeTarget = unionGrams(targets);
  const wholeWitness = unionGrams(witnesses);
  let cost = 0;
  for (const part of witnesses) cost -= coverageOdds(kinCoverage(part, wholeTarget), part.length);
  for (const part of targets) cost -= coverageOdds(kinCoverage(part, wholeWitness), part.length);
  return cost;
}

/**
 * A cache of 1-1 costs by position: bounded, and free of allocation (the aligner asks for millions
 * of pairs in a long namespace). A row of four slots per source paragraph, a pair's slot in it
 * chosen by its target's position: the aligner asks, for each paragraph, pairs at three or four
 * neighbouring targets (its key's, and one or two off), walking down the catalog twice (anchors,
 * then landmarks) — so a walk reads the rows in order, and the second finds what the first
 * computed. Rows grow with the positions asked, up to 2^17 (a 131,072-paragraph namespace whole;
 * 8 MB); beyond, positions share rows. (A hashed table of 2^18 slots had forgotten much of the first
 * walk by the time the second came: 0.51 M 1-1 costs at 100,000 paragraphs with a drop, 0.38 M so.)
 */
class PairCache {
  private static readonly MIN_ROW_BITS = 10;
  private static readonly MAX_ROW_BITS = 17;
  private rowBits = PairCache.MIN_ROW_BITS;
  private sources = new Int32Array(4 << PairCache.MIN_ROW_BITS).fill(-1);
  private targets = new Int32Array(4 << PairCache.MIN_ROW_BITS);
  private costs = new Float64Array(4 << PairCache.MIN_ROW_BITS);

  private slot(i: number, j: number): number {
    return ((i & ((1 << this.rowBits) - 1)) << 2) | (j & 3);
  }

  get(i: number, j: number): number | undefined {
    const slot = this.slot(i, j);
    return this.sources[slot] === i && this.targets[slot] === j ? this.costs[slot] : undefined;
  }

  set(i: number, j: number, cost: number): number {
    if (i >> this.rowBits > 0 && this.rowBits < PairCache.MAX_ROW_BITS) this.grow(Math.min(PairCache.MAX_ROW_BITS, 32 - Math.clz32(i)));
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
    this.sources = new Int32Array(4 << rowBits).fill(-1);
    this.targets = new Int32Array(4 << rowBits);
    this.costs = new Float64Array(4 << rowBits);
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

export class PairScorer implements LinkScorer {
  /** Target length per source character, and the variance per character (Gale & Church's c and s²). */
  constructor(
    readonly ratio: number,
    readonly variance: number,
    /** Evidence per shared source name or cognate (TermWeights); without them, each weighs 1. */
    readonly termWeights?: TermWeights,
    /** When set, this scorer adds the witness's word (the sources' `witness` trigrams) to what `base` says. */
    private readonly base?: PairScorer,
  ) {}

  /** 1-1 costs by source and target position (without the key bonus): the aligner asks for each many times. */
  private readonly pairs = new PairCache();

  /** The same scorer, also reading the sibling translation the sources carry as `witness`. */
  withWitness(): PairScorer {
    return new PairScorer(this.ratio, this.variance, this.termWeights, this.base ?? this);
  }

  /**
   * Learns c and s² from the catalog itself, robustly. Paragraphs are paired by position at
   * offsets −2…2, so that a catalog whose translations moved up a key or two still gives the
   * right figures: c is the median ratio of all pairs at offsets −1…1 (the pairs in step carry
   * it, and pairs out of step scatter around it), s² the median squared deviation at the offset
   * that fits best. (Total lengths would not do: a dropped paragraph shortens the translation;
   * nor the best offset's own ratio: in a short article a wrong offset can fit by chance.)
   * `weights`: the source's term weights, when the caller has counted them for several targets.
   */
  static learn(source: Features[], target: Features[], weights: TermWeights = TermWeights.of(source)): PairScorer {
    if (source.length < 3 || target.length < 3) return new PairScorer(1.1, 6.8, weights);
    const median = (values: Float64Array) => values.sort()[Math.floor(values.length / 2)];
    // A long catalog is sampled evenly: a few thousand pairs give the medians as well as all would.
    const stride = Math.max(1, Math.ceil(source.length / LEARN_SAMPLE));
    const pairsAt = (offset: number) => {
      const pairs: Array<[number, number]> = [];
      for (let i = Math.max(0, -offset); i < source.length && i + offset < target.length; i += stride) {
        if (source[i].length > 0 && target[i + offset].length > 0) pairs.push([source[i].length, target[i + offset].length]);
      }
      return pairs;
    };
    const near = [-1, 0, 1].flatMap(pairsAt);
    if (near.length < 3) return new PairScorer(1.1, 6.8, weights);
    const ratio = median(Float64Array.from(near, ([s, t]) => t / s));
    let variance = Infinity;
    for (let offset = -2; offset <= 2; offset++) {
      const pairs = pairsAt(offset);
      // The median of a squared standard normal is 0.455.
      if (pairs.length >= 3) variance = Math.min(variance, median(Float64Array.from(pairs, ([s, t]) => (t - ratio * s) ** 2 / s)) / 0.455);
    }
    return new PairScorer(ratio, Math.min(60, Math.max(MIN_VARIANCE, Number.isFinite(variance) ? variance : 6.8)), weights);
  }

  lengthCost(sourceLength: number, targetLength: number): number {
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
    return this.linkCost(kind, sources, targets);
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

  private linkCost(kind: LinkKind, sources: Features[], targets: Features[]): number {
    if (this.base) {
      const cost = this.base.cost(kind, sources, targets, false);
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
    return cost + this.anchorCost(source, target, sources, targets);
  }

  /**
   * Numbers, names and quotations that agree lower the cost; ones that disagree raise it. Read
   * from the paragraphs as one (`source`, `target`: a paragraph itself, or two of a merge joined),
   * names from each part: the aligner asks millions of times.
   */
  private anchorCost(source: Whole, target: Whole, sources: Features[], targets: Features[]): number {
    const common = commonSorted(source.numbers, target.numbers);
    let cost = 1.5 * (source.numbers.length + target.numbers.length - 2 * common) - 2 * common;
    if (source.hints.length + target.hints.length > 0) {
      cost -= HINT_BONUS * (commonSorted(source.hints, target.numbers) + commonSorted(source.hints, target.hints) + commonSorted(target.hints, source.numbers));
    }
    for (let p = 0; p < sources.length; p++) {
      const { names, cognates } = sources[p];
      const at = this.termWeights ? this.termWeights.offset(sources[p].position) : -1;
      const weights = this.termWeights?.weight;
      for (let k = 0; k < names.length; k++) {
        // A name both merged paragraphs mention is one piece of evidence, not two.
        if (p > 0 && sources[0].names.includes(names[k])) continue;
        const weight = weights && at >= 0 ? weights[at + k] : 1;
        // A rare name missing from the translation is evidence too, if weaker: names get translated (Denmark → Данія).
        cost += found(names[k], targets, 3) ? -weight : 0.25 * weight;
      }
      // Cognates only ever count for a pair: most words are not international.
      for (let k = 0; k < cognates.length; k++) {
        if (!(p > 0 && sources[0].cognates.includes(cognates[k])) && found(cognates[k], targets, 4)) cost -= weights && at >= 0 ? weights[at + names.length + k] : 1;
      }
    }
    for (let k = 0; k < SURVIVING_PUNCTUATION.length; k++) {
      const sourceCount = source.punctuation[k];
      const targetCount = target.punctuation[k];
      cost += sourceCount === targetCount ? (sourceCount > 0 ? -0.3 : 0) : 0.6 * Math.min(3, Math.abs(sourceCount - targetCount));
    }
    cost += source.sentences === target.sentences ? -SENTENCE_WEIGHT : SENTENCE_WEIGHT * Math.min(2, Math.abs(source.sentences - target.sentences));
    // A heading translated is still a heading; a paragraph whose last sentence ends still ends so.
    if (source.terminal !== target.terminal) cost += TERMINAL_MISMATCH;
    cost += source.quotations === target.quotations ? (source.quotations > 0 ? -0.5 : 0) : 0.7 * Math.abs(source.quotations - target.quotations);
    const differ = source.quoteShape ^ target.quoteShape;
    if (differ) cost += QUOTE_SHAPE_MISMATCH * ((differ & 1) + ((differ >> 1) & 1) + ((differ >> 2) & 1));
    return cost;
  }
}

/**
 * The quote shape of paragraphs read as one: how the first begins, and whether a quotation is
 * still open at the last one's end or closes one opened before the first (one that runs from one
 * part into the next is inside the whole).
 */
export function shapeOf(parts: Features[]): number {
  if (parts.length === 1) return parts[0].quoteShape;
  let open = false;
  let runsIn = false;
  for (const { quoteShape } of parts) {
    if (quoteShape & QUOTE_RUNS_IN && !open) runsIn = true;
    open = (quoteShape & QUOTE_RUNS_ON) !== 0 || (open && (quoteShape & QUOTE_RUNS_IN) === 0);
  }
  return (parts[0].quoteShape & QUOTE_OPENS) | (open ? QUOTE_RUNS_ON : 0) | (runsIn ? QUOTE_RUNS_IN : 0);
}

/** What the cost reads of paragraphs taken as one, beside their names. */
type Whole = Pick<Features, "length" | "numbers" | "hints" | "punctuation" | "sentences" | "quotations" | "quoteShape" | "terminal">;

/** Paragraphs read as one: a paragraph is its own whole (no copy: the aligner asks millions of times); two or more are joined. */
function wholeOf(parts: Features[]): Whole {
  if (parts.length === 1) return parts[0];
  const [first] = parts;
  const whole = { length: first.length, numbers: first.numbers, hints: first.hints, punctuation: first.punctuation.slice(), sentences: first.sentences, quotations: first.quotations, quoteShape: shapeOf(parts), terminal: parts[parts.length - 1].terminal };
  for (let p = 1; p < parts.length; p++) {
    const f = parts[p];
    whole.length += f.length;
    whole.sentences += f.sentences;
    whole.quotations += f.quotations;
    for (let k = 0; k < whole.punctuation.length; k++) whole.punctuation[k] += f.punctuation[k];
    whole.numbers = joined(whole.numbers, f.numbers);
    whole.hints = joined(whole.hints, f.hints);
  }
  return whole;
}

/** Two sorted lists joined in order (a new list only when both have values). */
function joined(first: string[], second: string[]): string[] {
  if (second.length === 0) return first;
  if (first.length === 0) return second;
  const merged: string[] = [];
  let a = 0;
  let b = 0;
  while (a < first.length || b < second.length) merged.push(b >= second.length || (a < first.length && first[a] <= second[b]) ? first[a++] : second[b++]);
  return merged;
}

function allOrphans(parts: Features[]): boolean {
  for (const f of parts) if (!f.orphan) return false;
  return true;
}

function anyEmpty(parts: Features[]): boolean {
  for (const f of parts) if (f.length === 0) return true;
  return false;
}

/** Whether a name (or cognate) is among the paragraphs' terms, across scripts (names.ts). */
function found(name: string, targets: Features[], minimum: number): boolean {
  const first = head(name);
  for (const { heads, terms } of targets) {
    let lo = 0;
    let hi = heads.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (heads[mid] < first) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < heads.length && heads[k] === first; k++) if (sameName(name, terms[k], minimum)) return true;
  }
  return false;
}

/**
 * Two sibling translations aligned as one (they share their keys and say the same by kinship):
 * each link costs the mean of what it costs in each, so that two independent translations of
 * the same accident give twice the evidence of one.
 */
export class JointScorer implements LinkScorer {
  constructor(
    readonly first: PairScorer,
    readonly second: PairScorer,
  ) {}

  cost(kind: LinkKind, sources: Features[], targets: Features[], keyBonus = true): number {
    if (kind === "1-1") return this.pair(sources[0], targets[0], keyBonus);
    const own = this.first.cost(kind, sources, targets, keyBonus);
    if (!targets.every((f) => f.partner)) return own;
    return (own + this.second.cost(kind, sources, targets.map((f) => f.partner as Features), keyBonus)) / 2;
  }

  pair(source: Features, target: Features, keyBonus = true): number {
    const own = this.first.pair(source, target, keyBonus);
    return target.partner ? (own + this.second.pair(source, target.partner, keyBonus)) / 2 : own;
  }
}
