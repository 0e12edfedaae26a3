/** Tells which script a text is written in, counting letters and lower-case words. */
import type { Script } from "./locales";
import { APOSTROPHE, HYPHEN, LETTER, MARK, wordRuns } from "./word-runs";

export interface ScriptCounts {
  latin: number;
  cyrillic: number;
  /** Latin words that start lower-case: prose, not a name or an acronym. */
  latinProseWords: number;
  words: number;
}

// Bounded: an unbounded run over a 5 MB word overflows the regex engine's stack; no word is longer.
const WORD = /[\p{L}\p{M}'’ʼ-]{1,64}/gu;
const LATIN = /\p{Script=Latin}/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;

/** Latin, Cyrillic or neither, by code point ranges first (the common case) and Unicode properties last. */
export function scriptOf(code: number, ch: string): 0 | 1 | 2 {
  if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) return 1;
  if (code >= 0x400 && code <= 0x4ff) return 2;
  if (code < 0xc0) return 0;
  return LATIN.test(ch) ? 1 : CYRILLIC.test(ch) ? 2 : 0;
}

/** scriptOf's answers for one UTF-16 unit, plus one (0: not asked yet). */
const unitScripts = new Uint8Array(0x10000);

/** scriptOf(code, text[i]) for a single unit, from a table: no one-unit string per character. */
export function scriptOfUnit(code: number): 0 | 1 | 2 {
  let found = unitScripts[code];
  if (found === 0) unitScripts[code] = found = scriptOf(code, String.fromCharCode(code)) + 1;
  return (found - 1) as 0 | 1 | 2;
}

export function countScripts(text: string): ScriptCounts {
  const counts: ScriptCounts = { latin: 0, cyrillic: 0, latinProseWords: 0, words: 0 };
  const runs = wordRuns(text, LETTER | MARK | APOSTROPHE | HYPHEN, 64, WORD);
  counts.words = runs.length / 2;
  for (let r = 0; r < runs.length; r += 2) {
    let latin = 0;
    let cyrillic = 0;
    for (let i = runs[r]; i < runs[r + 1]; i++) {
      const script = scriptOfUnit(text.charCodeAt(i));
      if (script === 1) latin++;
      else if (script === 2) cyrillic++;
    }
    counts.latin += latin;
    counts.cyrillic += cyrillic;
    const first = text[runs[r]];
    if (latin > 0 && cyrillic === 0 && latin >= 2 && first === first.toLowerCase() && first !== first.toUpperCase()) {
      counts.latinProseWords++;
    }
  }
  return counts;
}

/** The script most of the prose is in; names and acronyms alone decide nothing. */
export function proseScript(counts: ScriptCounts): Script | undefined {
  if (counts.latin + counts.cyrillic === 0) return undefined;
  if (counts.latinProseWords >= 3 && counts.latin > counts.cyrillic) return "Latin";
  if (counts.cyrillic > 0 && counts.cyrillic >= counts.latin) return "Cyrillic";
  return undefined;
}
