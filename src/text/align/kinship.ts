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

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const SPACE = 0x20;
const HASH_MARK = 0x23;
/** In a fold table: the letter stays as it is. */
const KEPT = -1;

/** A fold (Kinship.fold) by char code: KEPT, or the index of the letter's folded spelling in `spellings`. */
interface FoldTable {
  codes: Int32Array;
  spellings: string[];
  /** The most UTF-16 units one letter folds to. */
  longest: number;
}

const foldTables = new WeakMap<Kinship["fold"], FoldTable>();

/**
 * The fold as a table, made once per fold. Words are folded letter by letter (a code point), so a
 * key of several letters never applies; a key must be one UTF-16 unit outside the surrogates.
 */
function foldTable(fold: Kinship["fold"]): FoldTable {
  let table = foldTables.get(fold);
  if (table) return table;
  table = { codes: new Int32Array(0x10000).fill(KEPT), spellings: [], longest: 1 };
  for (const [letter, spelling] of Object.entries(fold)) {
    const code = letter.charCodeAt(0);
    if ([...letter].length !== 1) continue;
    if (letter.length !== 1 || (code >= 0xd800 && code <= 0xdfff)) throw new Error(`kinship fold: ${JSON.stringify(letter)} is not one UTF-16 unit`);
    table.codes[code] = table.spellings.length;
    table.spellings.push(spelling);
    table.longest = Math.max(table.longest, spelling.length);
  }
  foldTables.set(fold, table);
  return table;
}

/** A folded word between boundary marks, and a paragraph's hashes before they are sorted: reused from paragraph to paragraph. */
let units = new Uint16Array(64);
let hashes = new Uint32Array(256);

function room(needed: number): void {
  if (hashes.length < needed) {
    const grown = new Uint32Array(Math.max(needed, 2 * hashes.length));
    grown.set(hashes);
    hashes = grown;
  }
}

function hasDigit(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x30 && code <= 0x39) return true;
  }
  return false;
}

/** FNV-1a of "#" and text[from, to): a number is one gram, whole. */
function numberHash(text: string, from: number, to: number): number {
  let h = Math.imul(FNV_OFFSET ^ HASH_MARK, FNV_PRIME);
  for (let i = from; i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return h >>> 0;
}

/** Folds text[from, to) into `units` between two spaces; returns how many units it holds. */
function foldInto(text: string, from: number, to: number, table: FoldTable): number {
  if (units.length < 2 + (to - from) * table.longest) units = new Uint16Array(2 * (2 + (to - from) * table.longest));
  let n = 0;
  units[n++] = SPACE;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    const k = table.codes[code];
    if (k === KEPT) units[n++] = code;
    else for (let u = 0; u < table.spellings[k].length; u++) units[n++] = table.spellings[k].charCodeAt(u);
  }
  units[n++] = SPACE;
  return n;
}

/** The folded trigrams of a text's words (with a boundary mark on each side); numbers whole. Hashed by FNV-1a over UTF-16 units. */
export function kinGrams(text: string, kinship: Kinship): Grams {
  const table = foldTable(kinship.fold);
  const lower = text.toLowerCase();
  const runs = wordRuns(lower, LETTER | DIGIT | APOSTROPHE, Infinity, WORD);
  let count = 0;
  for (let r = 0; r < runs.length; r += 2) {
    const from = runs[r];
    const to = runs[r + 1];
    if (hasDigit(lower, from, to)) {
      room(count + 1);
      hashes[count++] = numberHash(lower, from, to);
      continue;
    }
    const n = foldInto(lower, from, to, table);
    room(count + n);
    for (let i = 0; i + 3 <= n; i++) hashes[count++] = Math.imul(Math.imul(Math.imul(FNV_OFFSET ^ units[i], FNV_PRIME) ^ units[i + 1], FNV_PRIME) ^ units[i + 2], FNV_PRIME) >>> 0;
  }
  const sorted = hashes.subarray(0, count).sort();
  let unique = 0;
  for (let i = 0; i < count; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[unique++] = sorted[i];
  return sorted.slice(0, unique);
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
