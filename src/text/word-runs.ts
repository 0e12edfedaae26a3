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
const CLASSED = 0x80;

const classes = new Uint8Array(0x10000);

function classify(code: number): number {
  const ch = String.fromCharCode(code);
  let found = CLASSED;
  if (/\p{L}/u.test(ch)) found |= LETTER;
  if (/\p{M}/u.test(ch)) found |= MARK;
  if (/\p{N}/u.test(ch)) found |= DIGIT;
  if (code === 0x27 || code === 0x2019 || code === 0x2bc) found |= APOSTROPHE;
  if (code === 0x2d) found |= HYPHEN;
  return found;
}

/** The classes of one UTF-16 unit (LETTER | MARK | DIGIT | APOSTROPHE | HYPHEN). */
export function classOf(code: number): number {
  let found = classes[code];
  if (found === 0) classes[code] = found = classify(code);
  return found;
}

const SURROGATE = /[\uD800-\uDFFF]/;

/**
 * The runs of characters of the classes in `mask`, each cut into pieces of at most `max` units,
 * as start and end offsets one after the other: what the global regex `same` (/[…]{1,max}/gu)
 * matches. A text with surrogate pairs, which such a regex reads by code points, is read by it.
 */
export function wordRuns(text: string, mask: number, max: number, same: RegExp): number[] {
  const runs: number[] = [];
  if (SURROGATE.test(text)) {
    for (const match of text.matchAll(same)) runs.push(match.index ?? 0, (match.index ?? 0) + match[0].length);
    return runs;
  }
  const n = text.length;
  let i = 0;
  while (i < n) {
    if ((classOf(text.charCodeAt(i)) & mask) === 0) {
      i++;
      continue;
    }
    const start = i;
    while (i < n && i - start < max && (classOf(text.charCodeAt(i)) & mask) !== 0) i++;
    runs.push(start, i);
  }
  return runs;
}
