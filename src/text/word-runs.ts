/**
 * Words as runs of characters of some classes (letters, marks, digits, apostrophes, hyphens), found by
 * char code: the readers of numbers, calendar words, names and language evidence each scanned
 * every paragraph with a regular expression of Unicode properties. Each UTF-16 unit is classed by
 * those properties once per process.
 */

export const LETTER = 1;
export const MARK = 2;
export const DIGIT = 4;
/** ' ’ ʼ: Ukrainian writes its apostrophe in all three. */
export const APOSTROPHE = 8;
export const HYPHEN = 16;
/** A UTF-16 surrogate (no class of its own): found by the scan that reads the runs. */
const SURROGATE_UNIT = 0x40;
const CLASSED = 0x80;

const classes = new Uint8Array(0x10000);
// Held in constants: the bundler turns a literal with \p{…} into `new RegExp` evaluated where it stands.
const IS_LETTER = /\p{L}/u;
const IS_MARK = /\p{M}/u;
const IS_DIGIT = /\p{N}/u;

function classify(code: number): number {
  const ch = String.fromCharCode(code);
  let found = CLASSED;
  if (IS_LETTER.test(ch)) found |= LETTER;
  if (IS_MARK.test(ch)) found |= MARK;
  if (IS_DIGIT.test(ch)) found |= DIGIT;
  if (code === 0x27 || code === 0x2019 || code === 0x2bc) found |= APOSTROPHE;
  if (code === 0x2d) found |= HYPHEN;
  if (code >= 0xd800 && code <= 0xdfff) found |= SURROGATE_UNIT;
  return found;
}

/** The classes of one UTF-16 unit (LETTER | MARK | DIGIT | APOSTROPHE | HYPHEN, and bits of its own). */
export function classOf(code: number): number {
  let found = classes[code];
  if (found === 0) classes[code] = found = classify(code);
  return found;
}

/** A UTF-16 surrogate: a text holding one is read by the callers' own expressions (astral letters). */
export const SURROGATE = /[\uD800-\uDFFF]/;

/**
 * The last text read and its whole runs by class mask (with the longest run's length): the
 * readers of one paragraph (numbers, names, calendar words, stems, language) ask of the same text
 * one after another, most with the same classes and only different cuts.
 */
let lastText: string | undefined;
let lastAstral = false;
/** The masks asked of the last text, and their runs at the same places. */
const lastMasks: number[] = [];
const lastRuns: Array<{ runs: number[]; longest: number }> = [];

/** The runs of the classes in `mask`, in one look-up per unit; undefined when the text holds a surrogate. */
function wholeRuns(text: string, mask: number): { runs: number[]; longest: number } | undefined {
  const runs: number[] = [];
  let longest = 0;
  let start = -1;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const found = classOf(text.charCodeAt(i));
    if ((found & SURROGATE_UNIT) !== 0) return undefined;
    if ((found & mask) !== 0) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      runs.push(start, i);
      if (i - start > longest) longest = i - start;
      start = -1;
    }
  }
  if (start >= 0) {
    runs.push(start, n);
    if (n - start > longest) longest = n - start;
  }
  return { runs, longest };
}

/**
 * The runs of characters of the classes in `mask`, each cut into pieces of at most `max` units,
 * as start and end offsets one after the other: what the global regex `same` (/[…]{1,max}/gu)
 * matches. A text with surrogate pairs, which such a regex reads by code points, is read by it.
 * The list may be shared with other callers: read it, never change it.
 */
export function wordRuns(text: string, mask: number, max: number, same: RegExp): number[] {
  if (text !== lastText) {
    lastText = text;
    lastAstral = false;
    lastMasks.length = 0;
    lastRuns.length = 0;
  }
  let whole: { runs: number[]; longest: number } | undefined;
  if (!lastAstral) {
    const slot = lastMasks.indexOf(mask);
    whole = slot < 0 ? wholeRuns(text, mask) : lastRuns[slot];
    // The first scan of a text reads every unit, so it is the one that finds a surrogate.
    if (whole === undefined) lastAstral = true;
    else if (slot < 0) {
      lastMasks.push(mask);
      lastRuns.push(whole);
    }
  }
  if (whole === undefined) {
    const runs: number[] = [];
    for (const match of text.matchAll(same)) runs.push(match.index ?? 0, (match.index ?? 0) + match[0].length);
    return runs;
  }
  if (whole.longest <= max) return whole.runs;
  const runs: number[] = [];
  const all = whole.runs;
  for (let r = 0; r < all.length; r += 2) {
    for (let start = all[r]; start < all[r + 1]; start += max) runs.push(start, Math.min(start + max, all[r + 1]));
  }
  return runs;
}
