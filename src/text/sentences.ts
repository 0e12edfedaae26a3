/**
 * Counts sentences the way an editor would: a sentence ends at . ! ? … followed by a space and a
 * capital (or a quote and a capital), but not after an abbreviation (U.S., e.g., т. зв., ст.), an
 * initial (J. Paul, Дж. Пол) or a number (1. January). Abbreviations are the locale's own.
 */
import { classOf, DIGIT, LETTER } from "./word-runs";
import { profiles, type LocaleProfile } from "./locales";

const abbreviationSets = new WeakMap<LocaleProfile, ReadonlySet<string>>();
let everyAbbreviation: ReadonlySet<string> | undefined;

/** The abbreviations of the locale, or of every locale when none is named. */
function abbreviationsOf(profile: LocaleProfile | undefined): ReadonlySet<string> {
  if (!profile) return (everyAbbreviation ??= new Set(Object.values(profiles).flatMap((p: LocaleProfile) => p.sentences.abbreviations)));
  let set = abbreviationSets.get(profile);
  if (!set) abbreviationSets.set(profile, (set = new Set(profile.sentences.abbreviations)));
  return set;
}

/** A one-letter word (J.), and an initial with its capital (Дж.). */
// Held in constants: the bundler turns a literal with \p{…} into `new RegExp` evaluated where it stands.
const ONE_LETTER = /^\p{L}$/u;
const INITIAL = /^\p{Lu}\p{Ll}?$/u;

/** . ! ? or …, by char code: the loop below asks of every character. */
function endsSentence(code: number): boolean {
  return code === 0x2e || code === 0x21 || code === 0x3f || code === 0x2026;
}

/** A letter or a digit, by the char code's class. */
function isWordChar(text: string, i: number): boolean {
  return (classOf(text.charCodeAt(i)) & (LETTER | DIGIT)) !== 0;
}

export function countSentences(text: string, profile?: LocaleProfile): number {
  const abbreviations = abbreviationsOf(profile);
  let count = 0;
  let sawText = false;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    if (!endsSentence(code)) {
      if (!sawText && isWordChar(text, i)) sawText = true;
      continue;
    }
    // Runs of marks (?!, ...) end one sentence.
    let j = i;
    while (j + 1 < n && endsSentence(text.charCodeAt(j + 1))) j++;
    let k = j + 1;
    while (k < n && /[»"”“’')\]]/.test(text[k])) k++;
    const atEnd = k >= n || /^\s*$/.test(text.slice(k, k + 3)) && k + 3 >= n;
    const nextStarts = k < n && /\s/.test(text[k]) && /^\s+[«"„“‘'(\u2014\u2013-]*\s*[\p{Lu}\p{N}]/u.test(text.slice(k, k + 6));
    if (code === 0x2e && !atEnd) {
      const before = /([\p{L}.]{1,6})$/u.exec(text.slice(Math.max(0, i - 6), i))?.[1].toLowerCase() ?? "";
      const initial = ONE_LETTER.test(before) || INITIAL.test(text.slice(Math.max(0, i - 2), i).trim());
      if (abbreviations.has(before) || abbreviations.has(before.replace(/^.*\./, "")) || initial || /\d$/.test(text[i - 1] ?? "")) {
        i = j;
        continue;
      }
    }
    if (sawText && (atEnd || nextStarts)) {
      count++;
      sawText = false;
    }
    i = j;
  }
  return count + (sawText ? 1 : 0);
}
