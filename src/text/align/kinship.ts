/**
 * How much two translations in kindred languages (Ukrainian and Russian) say the same thing: the
 * share of their character trigrams that each holds of the other once both spellings are folded onto one alphabet
 * (profile.ts, Kinship). Two translations of one English paragraph share a third of their
 * trigrams; neighbouring paragraphs a tenth. It is the strongest evidence an aligner has without
 * machine translation, and it is why a clean sibling translation locates the other's accident.
 */
import type { Kinship } from "../locales";
import { APOSTROPHE, DIGIT, LETTER, wordRuns } from "../word-runs";

/** Trigrams as sorted, unique 32-bit hashes: compact, and intersected by one merge. */
export type Grams = Uint32Array;

const WORD = /[\p{L}\p{N}'ʼ’]+/gu;

/** FNV-1a of text[from, to): a trigram is hashed where it stands, not sliced out first. */
function hash(text: string, from = 0, to = text.length): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function fold(word: string, kinship: Kinship): string {
  let out = "";
  for (const ch of word) out += kinship.fold[ch] ?? ch;
  return out;
}

function unique(values: number[]): Grams {
  const sorted = Uint32Array.from(values).sort();
  let n = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[n++] = sorted[i];
  return sorted.slice(0, n);
}

/** The folded trigrams of a text's words (with a boundary mark on each side); numbers whole. */
export function kinGrams(text: string, kinship: Kinship): Grams {
  const hashes: number[] = [];
  const lower = text.toLowerCase();
  const runs = wordRuns(lower, LETTER | DIGIT | APOSTROPHE, Infinity, WORD);
  for (let r = 0; r < runs.length; r += 2) {
    const word = lower.slice(runs[r], runs[r + 1]);
    if (/\d/.test(word)) {
      hashes.push(hash(`#${word}`));
      continue;
    }
    const padded = ` ${fold(word, kinship)} `;
    for (let i = 0; i + 3 <= padded.length; i++) hashes.push(hash(padded, i, i + 3));
  }
  return unique(hashes);
}

const unions = new WeakMap<Grams, WeakMap<Grams, Grams>>();

/** The trigrams of two paragraphs read as one (a merge, a split); the aligner asks for each pair many times. */
export function unionGrams(parts: readonly Grams[]): Grams {
  if (parts.length === 1) return parts[0];
  const [a, b] = parts;
  let byFirst = unions.get(a);
  if (!byFirst) unions.set(a, (byFirst = new WeakMap()));
  let union = byFirst.get(b);
  if (!union) {
    union = new Uint32Array(a.length + b.length);
    let i = 0;
    let j = 0;
    let n = 0;
    while (i < a.length || j < b.length) {
      const next = j >= b.length || (i < a.length && a[i] <= b[j]) ? a[i] : b[j];
      if (i < a.length && a[i] === next) i++;
      if (j < b.length && b[j] === next) j++;
      union[n++] = next;
    }
    union = union.slice(0, n);
    byFirst.set(b, union);
  }
  return parts.length === 2 ? union : unionGrams([union, ...parts.slice(2)]);
}

/** How much of `part` the `whole` holds: 0 (nothing) to 1 (all of it). */
export function kinCoverage(part: Grams, whole: Grams): number {
  return part.length === 0 ? 0 : commonSorted(part, whole) / part.length;
}

/** How many elements two sorted arrays share, as a multiset intersection (one merge). */
export function commonSorted<T extends string | number>(a: ArrayLike<T>, b: ArrayLike<T>): number {
  let i = 0;
  let j = 0;
  let common = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      common++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return common;
}
