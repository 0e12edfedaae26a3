/**
 * The first two units of a set of word forms, as look-ups by char code: a reader passes over a word
 * whose lower case can begin none of its forms without slicing or lower-casing it.
 */
import { lowerUnit } from "./numbers/tables";

/** What follows a first unit: nothing is a form (0), only forms of two units or more (1), a form of one unit (2). */
const NONE = 0;
const LONGER = 1;
const SINGLE = 2;

export interface Openings {
  /** By lower-cased first unit. */
  firsts: Uint8Array;
  /** The first two units of the forms of two units or more, as first * 0x10000 + second. */
  pairs: ReadonlySet<number>;
}

/** The openings of forms written in lower case, with ' for the apostrophe (as normalizeWord writes them). */
export function openingsOf(forms: Iterable<string>): Openings {
  const firsts = new Uint8Array(0x10000);
  const pairs = new Set<number>();
  for (const form of forms) {
    if (form.length === 0) continue;
    const first = form.charCodeAt(0);
    if (form.length === 1) firsts[first] = SINGLE;
    else {
      if (firsts[first] === NONE) firsts[first] = LONGER;
      pairs.add(first * 0x10000 + form.charCodeAt(1));
    }
  }
  return { firsts, pairs };
}

/**
 * Units whose lower case is no single unit of its own: surrogates (read as a pair), İ (i and a
 * combining dot), Σ (σ or ς by what follows).
 */
function lowersAlone(code: number): boolean {
  return (code < 0xd800 || code > 0xdfff) && code !== 0x130 && code !== 0x3a3;
}

/**
 * Whether normalizeWord(text.slice(start, end)) may begin with one of the forms, or equal one
 * with its final dot left off: false only when its first two units rule every form out.
 */
export function mayOpen(openings: Openings, text: string, start: number, end: number): boolean {
  const opening = text.charCodeAt(start);
  if (!lowersAlone(opening)) return true;
  const first = lowerUnit(opening);
  const kind = openings.firsts[first];
  if (kind !== LONGER) return kind === SINGLE;
  if (end - start < 2) return false;
  const second = text.charCodeAt(start + 1);
  if (!lowersAlone(second)) return true;
  return openings.pairs.has(first * 0x10000 + lowerUnit(second));
}
