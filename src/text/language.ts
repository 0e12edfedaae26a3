/**
 * Tells Ukrainian from Russian (and any language from its neighbours in the same script) by the
 * letters and function words only one of them uses, outside quotations.
 */
import { profiles, type LocaleProfile } from "./locales";
import type { Quotation } from "./quotes";

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

export function languageEvidence(text: string, profile: LocaleProfile): LanguageEvidence {
  const { letters, words } = profile.signals;
  const functionWords = new Set(words);
  let score = 0;
  let strong = 0;
  const examples: string[] = [];
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    const lower = word.toLowerCase();
    const distinctive = (letters && [...word].some((ch) => letters.includes(ch))) || functionWords.has(lower);
    if (distinctive) {
      score++;
      if (word.length > 1) strong++;
      if (examples.length < 4 && !examples.includes(lower)) examples.push(lower);
    }
  }
  return { score, strong, examples };
}

/** The other languages that write in the same script as this one. */
export function neighbours(profile: LocaleProfile): LocaleProfile[] {
  return Object.values(profiles).filter((other: LocaleProfile) => other.id !== profile.id && other.script === profile.script);
}

const FOLDED_WORD = /[\p{L}\p{N}'’ʼ]{1,64}/gu;

/** The words of a text folded onto its language family's alphabet (аварія, авария → авария). */
function foldedWords(text: string, profile: LocaleProfile): string[] {
  const fold = profile.kinship?.fold ?? {};
  return [...text.toLowerCase().matchAll(FOLDED_WORD)].map(([word]) => [...word].map((ch) => fold[ch] ?? ch).join("")).filter(Boolean);
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
