/**
 * What the aligner reads of a paragraph (its features: length, numbers, names, quotations,
 * punctuation, sentences), and of several paragraphs read as one (a merge's or a split's parts).
 */
import type { LocaleProfile } from "../locales";
import { keysOf, type NumberToken } from "../numbers";
import { calendarTerms } from "../calendar";
import { opensWithQuote, type QuoteAnalysis } from "../quotes";
import { skeleton, termSkeletons } from "../names";
import { APOSTROPHE, LETTER, wordRuns } from "../word-runs";
import type { Grams } from "./kinship";

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
  /** Each term's first three letters as one number (termHead), ascending: a name can only match a term that begins alike. */
  heads: Int32Array;
  /**
   * The first three skeleton letters (termHead) of every word of four letters and more, each once,
   * ascending, as head × 2 + 1 where a word with it is neither a name nor a cognate (an own stem:
   * system ↔ систему, method ↔ метод, counted apart from names) and head × 2 where not. One list
   * per paragraph, not two: a long namespace holds a million of them.
   */
  stems: Int32Array;
  quotations: number;
  /** Where quotations stand (QUOTE_OPENS, QUOTE_RUNS_ON, QUOTE_RUNS_IN): translators keep a paragraph's shape of quoting. */
  quoteShape: number;
  /** Counts of SURVIVING_PUNCTUATION: punctuation that survives translation. */
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

/** Punctuation that survives translation, counted per paragraph in this order. */
export const SURVIVING_PUNCTUATION = ["?", "!", "(", ":", ";"];
/** A sentence's end, and what may follow it at a paragraph's end: closing quotation marks, brackets, spaces. */
const TERMINAL = /[.!?…]/u;
const AFTER_TERMINAL = /[\s"'»“”’)\]]/u;

/** Whether a text ends as a sentence does: /[.!?…][\s"'»“”’)\]]*$/u, read from the end (the two classes share no character). */
function endsAsSentence(text: string): boolean {
  let end = text.length;
  while (end > 0 && AFTER_TERMINAL.test(text[end - 1])) end--;
  return end > 0 && TERMINAL.test(text[end - 1]);
}

/** The paragraph opens with a quotation mark. */
const QUOTE_OPENS = 1;
/** A quotation runs on past the paragraph's end (its closing mark is in a later paragraph, or nowhere). */
const QUOTE_RUNS_ON = 2;
/** A quotation opened in an earlier paragraph closes in this one. */
const QUOTE_RUNS_IN = 4;

/** A term's first three letters as one number: terms that begin differently cannot be one name (sameName). */
export function termHead(term: string): number {
  return (Math.imul(term.charCodeAt(0), 961) + Math.imul(term.charCodeAt(1), 31) + term.charCodeAt(2)) | 0;
}

/** Words whose skeletons begin a stem: four letters and more (shorter ones match by chance), cut at 40. */
const STEM_MIN_LETTERS = 4;
const STEM_PIECE = 40;
const STEM_WORD = /[\p{L}'’ʼ]{1,40}/gu;
/** Skeleton letters a stem takes. */
const STEM_LETTERS = 3;

/** An empty list shared by every paragraph without stems. */
const NO_STEMS = new Int32Array(0);

/** A paragraph's stem values (head × 2 + own) before they are sorted and made unique, reused from paragraph to paragraph. */
let stemScratch = new Int32Array(256);

/** Where a value is, or would be, in an ascending list (binary search). */
export function lowerBound(sorted: ArrayLike<number>, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether `form` is among `terms`, whose heads (termHead) `heads` lists ascending (byHead). */
function isTerm(form: string, head: number, terms: readonly string[], heads: Int32Array): boolean {
  for (let k = lowerBound(heads, head); k < heads.length && heads[k] === head; k++) if (terms[k] === form) return true;
  return false;
}

/** A paragraph's stems (Features.stems); `terms`, `heads`: its names' and cognates' skeletons, in the order of their heads. */
function stemsOf(text: string, terms: readonly string[], heads: Int32Array): Int32Array {
  const runs = wordRuns(text, LETTER | APOSTROPHE, STEM_PIECE, STEM_WORD);
  // Lengths in code points, as the pattern counts them where a text holds surrogate pairs.
  const astral = /[\uD800-\uDFFF]/.test(text);
  if (stemScratch.length < runs.length / 2) stemScratch = new Int32Array(runs.length);
  let count = 0;
  for (let r = 0; r < runs.length; r += 2) {
    if (!astral && runs[r + 1] - runs[r] < STEM_MIN_LETTERS) continue;
    const word = text.slice(runs[r], runs[r + 1]);
    if (astral && [...word].length < STEM_MIN_LETTERS) continue;
    const form = skeleton(word);
    if (form.length < STEM_LETTERS) continue;
    const head = termHead(form);
    stemScratch[count++] = head * 2 + (isTerm(form, head, terms, heads) ? 0 : 1);
  }
  if (count === 0) return NO_STEMS;
  const sorted = stemScratch.subarray(0, count).sort();
  // Each head once: own where any of its words is (head × 2 + 1, the last of its head when sorted).
  let unique = 0;
  for (let k = 0; k < count; k++) {
    if (k + 1 < count && sorted[k + 1] >> 1 === sorted[k] >> 1) continue;
    sorted[unique++] = sorted[k];
  }
  return sorted.slice(0, unique);
}

function punctuationOf(text: string): number[] {
  // Each mark found by indexOf, which skips the text natively: most paragraphs hold few of them.
  const counts = SURVIVING_PUNCTUATION.map(() => 0);
  for (let k = 0; k < SURVIVING_PUNCTUATION.length; k++) {
    for (let at = text.indexOf(SURVIVING_PUNCTUATION[k]); at >= 0; at = text.indexOf(SURVIVING_PUNCTUATION[k], at + 1)) counts[k]++;
  }
  return counts;
}

function quoteShape(text: string, quotes: Pick<QuoteAnalysis, "quotations" | "lone">): number {
  const opens = opensWithQuote(text, quotes);
  const runsOn = quotes.lone.some((m) => m.role === "open");
  const runsIn = quotes.lone.some((m) => m.role === "close");
  return (opens ? QUOTE_OPENS : 0) | (runsOn ? QUOTE_RUNS_ON : 0) | (runsIn ? QUOTE_RUNS_IN : 0);
}

/** Sorts a list of values in place; a list of none or one is already sorted. */
function sorted(values: string[]): string[] {
  return values.length > 1 ? values.sort() : values;
}

/** Terms up to this many are put in order of their heads by insertion (no index list, no comparator); more by a sort. */
const INSERTION_SORTED = 64;

/** Names then cognates in the order of their heads (termHead), terms with one head in the order given, as a stable sort leaves them. */
function byHead(names: string[], cognates: string[]): { terms: string[]; heads: Int32Array } {
  const all = names.concat(cognates);
  const heads = new Int32Array(all.length);
  let ordered = true;
  for (let k = 0; k < all.length; k++) {
    heads[k] = termHead(all[k]);
    if (k > 0 && heads[k] < heads[k - 1]) ordered = false;
  }
  if (ordered) return { terms: all, heads };
  if (all.length > INSERTION_SORTED) {
    const order = all.map((_, k) => k).sort((a, b) => heads[a] - heads[b] || a - b);
    return { terms: order.map((k) => all[k]), heads: Int32Array.from(order, (k) => heads[k]) };
  }
  // Stable: a term moves only past terms whose head is greater.
  for (let k = 1; k < all.length; k++) {
    const head = heads[k];
    const term = all[k];
    let at = k;
    for (; at > 0 && heads[at - 1] > head; at--) {
      heads[at] = heads[at - 1];
      all[at] = all[at - 1];
    }
    heads[at] = head;
    all[at] = term;
  }
  return { terms: all, heads };
}

export function featuresOf(key: string, position: number, text: string, numbers: NumberToken[], quotes: Pick<QuoteAnalysis, "quotations" | "lone" | "spans">, sentences: number, profile: LocaleProfile): Features {
  const { names, cognates } = termSkeletons(text, profile);
  // Likeliest values (keysOf) of the numbers in digits, and of those in words (weak), in the order written.
  const values: string[] = [];
  const hints: string[] = [];
  for (const token of numbers) (token.weak ? hints : values).push(keysOf(token)[0]);
  // Calendar words survive translation as numbers do, and are weighed as numbers (calendar.ts).
  for (const term of calendarTerms(text, profile)) values.push(term);
  sorted(values);
  sorted(hints);
  const { terms, heads } = byHead(names, cognates);
  const stems = stemsOf(text, terms, heads);
  return { key, position, length: text.length, numbers: values, hints, names, cognates, terms, heads, stems, quotations: quotes.spans.length, quoteShape: quoteShape(text, quotes), punctuation: punctuationOf(text), sentences, terminal: endsAsSentence(text) };
}

/**
 * The quote shape of paragraphs read as one: how the first begins, and whether a quotation is
 * still open at the last one's end or closes one opened before the first (one that runs from one
 * part into the next is inside the whole).
 */
function shapeOf(parts: Features[]): number {
  if (parts.length === 1) return parts[0].quoteShape;
  let open = false;
  let runsIn = false;
  for (const { quoteShape } of parts) {
    if (quoteShape & QUOTE_RUNS_IN && !open) runsIn = true;
    open = (quoteShape & QUOTE_RUNS_ON) !== 0 || (open && (quoteShape & QUOTE_RUNS_IN) === 0);
  }
  return (parts[0].quoteShape & QUOTE_OPENS) | (open ? QUOTE_RUNS_ON : 0) | (runsIn ? QUOTE_RUNS_IN : 0);
}

/** How many of the three ways of quoting (QUOTE_OPENS, QUOTE_RUNS_ON, QUOTE_RUNS_IN) two quote shapes differ in. */
export function quoteShapeDifferences(a: number, b: number): number {
  const differ = a ^ b;
  return (differ & 1) + ((differ >> 1) & 1) + ((differ >> 2) & 1);
}

/** What a cost reads of paragraphs taken as one, beside their names. */
export type Whole = Pick<Features, "length" | "numbers" | "hints" | "punctuation" | "sentences" | "quotations" | "quoteShape" | "terminal">;

/** Paragraphs read as one: a paragraph is its own whole (no copy: the aligner asks millions of times); two or more are joined. */
export function wholeOf(parts: Features[]): Whole {
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
