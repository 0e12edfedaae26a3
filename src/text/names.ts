/**
 * Names and international words as consonant skeletons, so that they match across scripts and
 * case endings: Trump → "trmp" ↔ Трампа; Frederiksen ↔ Фредеріксен; territory ↔ території.
 */
import { profiles, type LocaleProfile } from "./locales";

const WORD = /[\p{L}'’ʼ]{3,}/gu;
/** Words this long (in letters) are compared as cognates whatever their case: briefing ↔ брифінгу. */
const COGNATE_LENGTH = 6;

interface Table {
  keys: string[];
  classes: Readonly<Record<string, string>>;
}
let merged: Table | undefined;

/** One table for every script Concord knows: a Ukrainian paragraph may name "Arctic Resilience" in Latin. */
function table(): Table {
  if (!merged) {
    const classes = Object.assign({}, ...Object.values(profiles).map((p: LocaleProfile) => p.transliteration.classes)) as Record<string, string>;
    merged = { classes, keys: Object.keys(classes).sort((a, b) => b.length - a.length) };
  }
  return merged;
}

/** The consonant skeleton of one word; letters outside the tables are kept as they are. */
export function skeleton(word: string, _profile?: LocaleProfile): string {
  const { classes, keys } = table();
  const lower = word.toLowerCase().replace(/[’ʼ]/g, "'");
  let out = "";
  let i = 0;
  while (i < lower.length) {
    const key = keys.find((candidate) => lower.startsWith(candidate, i)) ?? lower[i];
    const mapped = classes[key] ?? key;
    // Doubled consonants (Bessent, Pituffik) count once.
    if (mapped && !out.endsWith(mapped)) out += mapped;
    i += key.length;
  }
  return out;
}

/** Skeletons of a paragraph's likely names (capitalised words) and long words (likely cognates). */
export function nameSkeletons(text: string, profile?: LocaleProfile): string[] {
  const names: string[] = [];
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    if (!/^\p{Lu}/u.test(word) && word.length < COGNATE_LENGTH) continue;
    const form = skeleton(word, profile);
    if (form.length >= 3) names.push(form);
  }
  return names;
}

/** Two skeletons name the same thing when one begins the other (case endings add consonants: Трампом). */
export function sameName(a: string, b: string): boolean {
  const shorter = a.length <= b.length ? a : b;
  const longer = shorter === a ? b : a;
  return shorter.length >= 3 && longer.startsWith(shorter);
}
