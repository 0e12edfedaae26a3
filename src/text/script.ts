/** Tells which script a text is written in, counting letters and lower-case words. */
import type { Script } from "./locales";

export interface ScriptCounts {
  latin: number;
  cyrillic: number;
  /** Latin words that start lower-case: prose, not a name or an acronym. */
  latinProseWords: number;
  words: number;
}

const WORD = /[\p{L}\p{M}'’ʼ-]+/gu;
const LATIN = /\p{Script=Latin}/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;

export function countScripts(text: string): ScriptCounts {
  const counts: ScriptCounts = { latin: 0, cyrillic: 0, latinProseWords: 0, words: 0 };
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    counts.words++;
    let latin = 0;
    let cyrillic = 0;
    for (const ch of word) {
      if (LATIN.test(ch)) latin++;
      else if (CYRILLIC.test(ch)) cyrillic++;
    }
    counts.latin += latin;
    counts.cyrillic += cyrillic;
    if (latin > 0 && cyrillic === 0 && latin >= 2 && word[0] === word[0].toLowerCase() && word[0] !== word[0].toUpperCase()) {
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
