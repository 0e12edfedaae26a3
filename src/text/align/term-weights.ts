/** How much each name or cognate of the source paragraphs says when a translation shares it: rare terms say more. */
import type { Features } from "./features";

/** The most a term can weigh (a term in one paragraph of a dozen already weighs about this much). */
const MAX_TERM_WEIGHT = 2.5;

/**
 * Inverse document frequency: a name in every paragraph (the article's subject) says little. Kept
 * flat, each paragraph's names then cognates from `offset(position)`: the scorer reads them for
 * millions of pairs, where a small array per paragraph looked up by string had cost a tenth of a
 * long alignment (docs/alignment.md).
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
    for (let id = 0; id < ids.size; id++) byId[id] = Math.min(MAX_TERM_WEIGHT, Math.log((paragraphs.length + 1) / documents[id]));
    const weight = new Float64Array(size);
    for (let k = 0; k < size; k++) weight[k] = byId[occurrences[k]];
    return new TermWeights(start, weight);
  }

  /** Where a source paragraph's weights begin in `weight`, or −1 if it was not among those counted. */
  offset(position: number): number {
    return position < this.start.length ? this.start[position] : -1;
  }
}
