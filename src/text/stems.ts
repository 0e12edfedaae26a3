/** The stem of a word or term in a language: the word without the ending its inflections change. */
import type { LocaleProfile } from "./locales";

/** Up to two final ending letters of the language dropped; a word of four letters or fewer (НАТО) is kept whole. */
export function stemOf(term: string, profile: LocaleProfile): string {
  const lower = term.toLowerCase();
  if (lower.length <= 4) return lower;
  let end = lower.length;
  while (end > lower.length - 2 && profile.endingLetters.includes(lower[end - 1])) end--;
  return lower.slice(0, end);
}
