/**
 * Tells Ukrainian from Russian (and any language from its neighbours in the same script) by the
 * letters and function words only one of them uses, outside quotations.
 */
import { profiles, type LocaleProfile } from "./locales";
import type { Quotation } from "./quotes";
import { APOSTROPHE, DIGIT, LETTER, wordRuns } from "./word-runs";

// Bounded: an unbounded run over a 5 MB word overflows the regex engine's stack; no word is longer.
const WORD = /[\p{L}'’ʼ]{1,64}/gu;

export interface LanguageEvidence {
  /** Words with a letter only this language uses, plus its own function words. */
  score: number;
  /** The same, without one-letter words (с, и, і), which abbreviations imitate: "час (с)". */
  strong: number;
  /** The words that gave the evidence, for the message. */
  examples: string[];
}

/** The text with its quotations blanked: a Russian quotation inside Ukrainian prose is no error. */
export function withoutQuotations(text: string, quotations: readonly Quotation[]): string {
  if (quotations.length === 0) return text;
  let result = "";
  let from = 0;
  for (const quote of quotations) {
    if (quote.depth > 0 || quote.open < from) continue;
    result += `${text.slice(from, quote.open)} `;
    from = Math.min(text.length, quote.close + 1);
  }
  return result + text.slice(from);
}

/** A language's signals as look-ups: its letters by char code, its function words as a set. */
interface Signals {
  /** 1 at the char codes of its letters: a typed array, as every unit of every word is looked up. */
  letters: Uint8Array;
  hasLetters: boolean;
  /** Letters outside the BMP (two UTF-16 units), looked for as strings. */
  wideLetters: readonly string[];
  functionWords: ReadonlySet<string>;
  /** The longest function word: a longer word is none (lower case never shortens a word). */
  longestWord: number;
}

const signalsOf = new WeakMap<LocaleProfile, Signals>();

function signals(profile: LocaleProfile): Signals {
  let found = signalsOf.get(profile);
  if (!found) {
    const all = [...profile.signals.letters];
    const letters = new Uint8Array(0x10000);
    for (const ch of all) if (ch.length === 1) letters[ch.charCodeAt(0)] = 1;
    const functionWords = new Set(profile.signals.words);
    signalsOf.set(profile, (found = { letters, hasLetters: all.some((ch) => ch.length === 1), wideLetters: all.filter((ch) => ch.length > 1), functionWords, longestWord: Math.max(0, ...[...functionWords].map((w) => w.length)) }));
  }
  return found;
}

/** Whether text[start, end) holds one of a language's distinctive letters (і, ы): by char code, as the loop asks of every word. */
function holdsLetter(text: string, start: number, end: number, { letters, hasLetters, wideLetters }: Signals): boolean {
  if (hasLetters) for (let i = start; i < end; i++) if (letters[text.charCodeAt(i)] === 1) return true;
  return wideLetters.length > 0 && wideLetters.some((ch) => text.slice(start, end).includes(ch));
}

/** The evidence for each of several languages and the number of words, in one pass over the text's words. */
export function languageEvidences(text: string, languages: readonly LocaleProfile[]): { evidence: LanguageEvidence[]; words: number } {
  const readers = languages.map((profile) => ({ signals: signals(profile), evidence: { score: 0, strong: 0, examples: [] as string[] } }));
  const runs = wordRuns(text, LETTER | APOSTROPHE, 64, WORD);
  for (let r = 0; r < runs.length; r += 2) {
    const start = runs[r];
    const end = runs[r + 1];
    // Lower-cased only when a language may hold it: most words are no function word of any.
    let lower: string | undefined;
    for (const { signals, evidence } of readers) {
      if (!holdsLetter(text, start, end, signals)) {
        if (end - start > signals.longestWord) continue;
        lower ??= text.slice(start, end).toLowerCase();
        if (!signals.functionWords.has(lower)) continue;
      }
      lower ??= text.slice(start, end).toLowerCase();
      evidence.score++;
      if (end - start > 1) evidence.strong++;
      if (evidence.examples.length < 4 && !evidence.examples.includes(lower)) evidence.examples.push(lower);
    }
  }
  return { evidence: readers.map((reader) => reader.evidence), words: runs.length / 2 };
}

/** The other languages that write in the same script as this one. */
export function neighbours(profile: LocaleProfile): LocaleProfile[] {
  return Object.values(profiles).filter((other: LocaleProfile) => other.id !== profile.id && other.script === profile.script);
}

const FOLDED_WORD = /[\p{L}\p{N}'’ʼ]{1,64}/gu;

/** The words of a text folded onto its language family's alphabet (аварія, авария → авария). */
function foldedWords(text: string, profile: LocaleProfile): string[] {
  const fold = profile.kinship?.fold ?? {};
  const lower = text.toLowerCase();
  const runs = wordRuns(lower, LETTER | DIGIT | APOSTROPHE, 64, FOLDED_WORD);
  const words: string[] = [];
  for (let r = 0; r < runs.length; r += 2) {
    const folded = [...lower.slice(runs[r], runs[r + 1])].map((ch) => fold[ch] ?? ch).join("");
    if (folded) words.push(folded);
  }
  return words;
}

/**
 * The share of each text's folded words the other holds, the lower of the two: near 1 when one
 * text is the other's wording (a Russian paragraph copied into the Ukrainian catalog), far lower
 * for two translations of one source, which share stems but not endings.
 */
export function sameWording(a: string, aProfile: LocaleProfile, b: string, bProfile: LocaleProfile): number {
  if (aProfile.kinship?.family === undefined || aProfile.kinship.family !== bProfile.kinship?.family) return 0;
  const first = foldedWords(a, aProfile);
  const second = foldedWords(b, bProfile);
  if (first.length === 0 || second.length === 0) return 0;
  const held = (words: string[], other: string[]) => {
    const counts = new Map<string, number>();
    for (const word of other) counts.set(word, (counts.get(word) ?? 0) + 1);
    let found = 0;
    for (const word of words) {
      const left = counts.get(word) ?? 0;
      if (left > 0) {
        found++;
        counts.set(word, left - 1);
      }
    }
    return found / words.length;
  };
  return Math.min(held(first, second), held(second, first));
}
