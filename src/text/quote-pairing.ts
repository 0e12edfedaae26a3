/**
 * Pairs a paragraph's source quotations with its translation's, in order and by content: an
 * alignment whose cost is the length mismatch (against the paragraph's own length ratio), the
 * distance between their places in the paragraph, and disagreeing numbers. Two quotations
 * interrupted by attribution ("…," she said, "…") may pair with one («…, — сказала вона, — …»).
 */
import type { LocaleProfile } from "./locales";
import { compareNumbers, extractNumbers, type NumberToken } from "./numbers";
import type { Quotation } from "./quotes";

export interface QuotePair {
  /** One quotation, or two that the other side joined into one. */
  sources: Quotation[];
  targets: Quotation[];
  /** Target/source length of the quotations, divided by that of the paragraphs (1 = as expected). */
  relativeLength: number;
  /** How far apart the quotations stand, as a share of the paragraph (0 = the same place). */
  placeGap: number;
  numbers: { missing: string[]; extra: string[] };
}

export interface QuotePairing {
  pairs: QuotePair[];
  unpairedSource: Quotation[];
  unpairedTarget: Quotation[];
}

export interface ParagraphShape {
  sourceLength: number;
  targetLength: number;
}

/** Cost of leaving a quotation unpaired; pairs dearer than two gaps are not made. */
const GAP = 0.9;
const JOIN_PENALTY = 0.3;
/** Lists longer than this are paired in order: the alignment is quadratic in the quotations. */
const MAX_ALIGNED = 40;
/** A paragraph with more quotations than this is no prose: the quote rules cannot decide, and stay quiet. */
const MAX_QUOTATIONS = 200;

interface Scored {
  pair: QuotePair;
  cost: number;
}

/** A quotation's numbers, read once: a source quotation is paired with every target's (uk and ru), and by several pairings. */
const numberCache = new WeakMap<Quotation, Map<string, NumberToken[]>>();

class PairScorer {
  constructor(
    private readonly shape: ParagraphShape,
    private readonly from: LocaleProfile,
    private readonly to: LocaleProfile,
  ) {}

  private numbers(quotation: Quotation, profile: LocaleProfile): NumberToken[] {
    let byProfile = numberCache.get(quotation);
    if (!byProfile) numberCache.set(quotation, (byProfile = new Map()));
    let tokens = byProfile.get(profile.id);
    if (!tokens) {
      tokens = extractNumbers(quotation.text, profile);
      byProfile.set(profile.id, tokens);
    }
    return tokens;
  }

  score(sources: Quotation[], targets: Quotation[]): Scored {
    const { sourceLength, targetLength } = this.shape;
    const paragraphRatio = (targetLength + 1) / (sourceLength + 1);
    const length = (quotes: Quotation[]) => quotes.reduce((sum, q) => sum + q.text.length, 0);
    const relativeLength = (length(targets) + 1) / (length(sources) + 1) / paragraphRatio;
    const numbers = compareNumbers(
      sources.flatMap((q) => this.numbers(q, this.from)),
      targets.flatMap((q) => this.numbers(q, this.to)),
    );
    const numberCost = (numbers.missing.length + numbers.extra.length) * 0.5 - numbers.matched.length * 0.3;
    // Translations keep the order of the text, so a quotation stays near the same relative place.
    const placeGap = Math.abs(Math.max(0, sources[0].open) / (sourceLength + 1) - Math.max(0, targets[0].open) / (targetLength + 1));
    const depthCost = sources[0].depth === targets[0].depth ? 0 : 0.2;
    const joinCost = sources.length + targets.length > 2 ? JOIN_PENALTY : 0;
    return {
      pair: { sources, targets, relativeLength, placeGap, numbers: { missing: numbers.missing.map((n) => n.text), extra: numbers.extra.map((n) => n.text) } },
      cost: Math.abs(Math.log(relativeLength)) + numberCost + placeGap + depthCost + joinCost,
    };
  }
}

type Step = { kind: "gap-source" | "gap-target" } | { kind: "pair"; scored: Scored; di: number; dj: number };

export function pairQuotations(source: Quotation[], target: Quotation[], shape: ParagraphShape, from: LocaleProfile, to: LocaleProfile): QuotePairing {
  const n = source.length;
  const m = target.length;
  if (n > MAX_QUOTATIONS || m > MAX_QUOTATIONS) return { pairs: [], unpairedSource: [], unpairedTarget: [] };
  if (n === 0 || m === 0) return { pairs: [], unpairedSource: [...source], unpairedTarget: [...target] };
  const scorer = new PairScorer(shape, from, to);
  if (n > MAX_ALIGNED || m > MAX_ALIGNED) {
    const count = Math.min(n, m);
    const pairs = source.slice(0, count).map((quote, i) => scorer.score([quote], [target[i]]).pair);
    return { pairs, unpairedSource: source.slice(count), unpairedTarget: target.slice(count) };
  }
  const cost: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(Infinity));
  const step: (Step | undefined)[][] = Array.from({ length: n + 1 }, () => new Array<Step | undefined>(m + 1));
  cost[0][0] = 0;
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      const consider = (value: number, how: Step) => {
        if (value < cost[i][j] - 1e-12) {
          cost[i][j] = value;
          step[i][j] = how;
        }
      };
      if (i > 0) consider(cost[i - 1][j] + GAP, { kind: "gap-source" });
      if (j > 0) consider(cost[i][j - 1] + GAP, { kind: "gap-target" });
      for (const [di, dj] of [[1, 1], [2, 1], [1, 2]] as const) {
        if (i < di || j < dj) continue;
        const scored = scorer.score(source.slice(i - di, i), target.slice(j - dj, j));
        if (scored.cost < 2 * GAP) consider(cost[i - di][j - dj] + scored.cost, { kind: "pair", scored, di, dj });
      }
    }
  }
  const pairs: QuotePair[] = [];
  const unpairedSource: Quotation[] = [];
  const unpairedTarget: Quotation[] = [];
  for (let i = n, j = m; i > 0 || j > 0; ) {
    const how = step[i][j] as Step;
    if (how.kind === "pair") {
      pairs.push(how.scored.pair);
      i -= how.di;
      j -= how.dj;
    } else if (how.kind === "gap-source") {
      unpairedSource.push(source[--i]);
    } else {
      unpairedTarget.push(target[--j]);
    }
  }
  return { pairs: pairs.reverse(), unpairedSource: unpairedSource.reverse(), unpairedTarget: unpairedTarget.reverse() };
}

/** Counts words the way an editor would: runs of letters or digits. */
export function wordCount(text: string): number {
  // Bounded repetitions: unbounded ones overflow the regex engine's stack on a 5 MB run of letters.
  return text.match(/[\p{L}\p{N}]{1,64}(?:['’ʼ-][\p{L}\p{N}]{1,64}){0,8}/gu)?.length ?? 0;
}

/** A short excerpt of a quotation for messages. */
export function excerpt(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}
