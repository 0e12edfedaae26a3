/**
 * Names and international words as consonant skeletons, so that they match across scripts and
 * case endings: Trump → "trmp" ↔ Трампа; Frederiksen ↔ Фредеріксен; territory ↔ території.
 */
import { profiles, type LocaleProfile } from "./locales";
import { APOSTROPHE, LETTER, wordRuns } from "./word-runs";

// Bounded: an unbounded run over a 5 MB word overflows the regex engine's stack; no word is longer.
const WORD = /[\p{L}'’ʼ]{3,64}/gu;
/** Words this long (in letters) are compared as cognates whatever their case: briefing ↔ брифінгу. */
const COGNATE_LENGTH = 6;
const MAX_WORD = 40;

interface Table {
  classes: ReadonlyMap<string, string>;
  /** The longest spelling in the table (дж, sch): look-ups try this many letters first. */
  longest: number;
  /** The first char codes of the spellings of two letters or more: only there are longer look-ups tried. */
  opensLonger: ReadonlySet<number>;
}
let merged: Table | undefined;

/** One table for every script Concord knows: a Ukrainian paragraph may name "Arctic Resilience" in Latin. */
function table(): Table {
  if (!merged) {
    const entries = Object.values(profiles).flatMap((p: LocaleProfile) => Object.entries(p.transliteration.classes));
    const opensLonger = new Set(entries.filter(([key]) => key.length > 1).map(([key]) => key.charCodeAt(0)));
    merged = { classes: new Map(entries), longest: Math.max(...entries.map(([key]) => key.length)), opensLonger };
  }
  return merged;
}

/** Skeletons already made, by word: names and long words recur from paragraph to paragraph. Cleared when full. */
const made = new Map<string, string>();
const MADE_LIMIT = 50_000;

/** The consonant skeleton of one word; letters outside the tables are kept as they are. */
export function skeleton(word: string, _profile?: LocaleProfile): string {
  let form = made.get(word);
  if (form === undefined) {
    if (made.size >= MADE_LIMIT) made.clear();
    made.set(word, (form = skeletonOf(word)));
  }
  return form;
}

function skeletonOf(word: string): string {
  const { classes, longest, opensLonger } = table();
  const lower = word.toLowerCase();
  let out = "";
  let last = "";
  let i = 0;
  while (i < lower.length) {
    let length = opensLonger.has(lower.charCodeAt(i)) ? Math.min(longest, lower.length - i) : 1;
    let mapped: string | undefined;
    for (; length > 1; length--) {
      mapped = classes.get(lower.slice(i, i + length));
      if (mapped !== undefined) break;
    }
    if (length === 1) {
      const ch = lower[i] === "’" || lower[i] === "ʼ" ? "'" : lower[i];
      mapped = classes.get(ch) ?? ch;
    }
    // Doubled consonants (Bessent, Pituffik) count once. (Comparing with the last class, not
    // out.endsWith(), keeps this linear: endsWith flattens the growing string every time.)
    if (mapped && mapped !== last) out += mapped;
    if (mapped) last = mapped;
    i += length;
  }
  return out;
}

export interface Terms {
  /** Capitalised words that do not open a sentence: Trump, Пітуффік. */
  names: string[];
  /** Long words, which in news are often international: territory ↔ території, briefing ↔ брифінгу. */
  cognates: string[];
}

/** A capital after the start or after . ! ? … (and quotes, dashes) is the sentence's, not a name's. */
function opensSentence(text: string, index: number): boolean {
  for (let i = index - 1; i >= 0 && index - i <= 4; i--) {
    const ch = text[i];
    if (/[.!?\u2026]/.test(ch)) return true;
    if (!/[\s"«„“”'‘’\u2014\u2013(-]/.test(ch)) return false;
  }
  return index <= 4 && /^[\s"«„“”'‘’\u2014\u2013(-]*$/.test(text.slice(0, index));
}

const OPENS_UPPER = /^\p{Lu}/u;

/** Whether a word begins with a capital: ASCII by char code, anything else by its Unicode property. */
function startsUpper(word: string): boolean {
  const code = word.charCodeAt(0);
  return code < 0x80 ? code >= 0x41 && code <= 0x5a : OPENS_UPPER.test(word);
}

/** The skeletons of a paragraph's names and cognates, each listed once. */
export function termSkeletons(text: string, profile?: LocaleProfile): Terms {
  const names = new Set<string>();
  const cognates = new Set<string>();
  const runs = wordRuns(text, LETTER | APOSTROPHE, 64, WORD);
  for (let r = 0; r < runs.length; r += 2) {
    const start = runs[r];
    const length = runs[r + 1] - start;
    // No name or international word is this long: a run of letters without spaces is no prose.
    if (length < 3 || length > MAX_WORD) continue;
    // A short word in ASCII lower case is neither a name nor a cognate: no need to read it.
    const first = text.charCodeAt(start);
    if (length < COGNATE_LENGTH && first < 0x80 && !(first >= 0x41 && first <= 0x5a)) continue;
    const word = text.slice(start, start + length);
    const capital = startsUpper(word);
    const name = capital && !opensSentence(text, start);
    if (!name && word.length < COGNATE_LENGTH) continue;
    const form = skeleton(word, profile);
    if (name && form.length >= 3) names.add(form);
    else if (!name && form.length >= 4) cognates.add(form);
  }
  return { names: [...names], cognates: [...cognates] };
}

/** Two skeletons name the same thing when one begins the other (case endings add consonants: Трампом). */
export function sameName(a: string, b: string, minimum = 3): boolean {
  const shorter = a.length <= b.length ? a : b;
  const longer = shorter === a ? b : a;
  return shorter.length >= minimum && longer.startsWith(shorter);
}
