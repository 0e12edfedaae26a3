/** Lookup tables built once per locale profile from its data. */
import { escapeRegExp } from "../escape";
import { expandWordForms, type LocaleProfile, type UnitForms } from "../locales";

// Held in constants: the bundler turns a literal with \p{…} into `new RegExp` evaluated where it stands.
const OPENS_UPPER = /^\p{Lu}/u;

/** A word or hyphenated phrase that names a number (U-turn: 180), found by its first word. */
export interface NamedNumber {
  phrase: string;
  value: number;
}

export interface UnitEntry {
  form: string;
  unit: UnitForms;
}

export interface NumberTables {
  scales: Map<string, number>;
  /** Stems of scale words long enough to recognise inside an adjective (тисячн-, million-). */
  scaleStems: Array<[string, number]>;
  cardinals: Map<string, number>;
  multipliers: Map<string, number>;
  ordinals: Map<string, number>;
  fractions: Map<string, number>;
  months: Map<string, number>;
  /** Weekdays (Monday = 1) and yesterday/today/tomorrow (−1, 0, 1): calendar words beside the months (calendar.ts). */
  weekdays: Map<string, number>;
  relativeDays: Map<string, number>;
  times: Map<string, number>;
  joiners: Set<string>;
  dayPeriods: Map<string, "am" | "pm">;
  hourWords: Set<string>;
  romanContext: Set<string>;
  /** Unit forms, longest first, so "miles per hour" wins over "miles". */
  units: UnitEntry[];
  currencyScales: Map<string, number>;
  clock: 12 | 24;
  /** Matches a decade suffix at the start of a string (s, -х, -ті), not followed by a letter. */
  decadeSuffix: RegExp;
  clockWords: Set<string>;
  unitArticles: Map<string, number>;
  /** Matches the whole gap between the two numbers of a range: " – ", " to ", " до ". */
  rangeGap: RegExp;
  /** Compound number stems, longest first, and the heads that may follow them. */
  compoundStems: Array<[string, number]>;
  compoundHeads: readonly string[];
  /** Compound heads that are units: метров → the metre. */
  compoundUnits: Map<string, UnitForms>;
  /** Named numbers by their first word (u of u-turn), longest phrase first. */
  namedNumbers: Map<string, NamedNumber[]>;
  /** Every word form any of the word tables holds, with and without a final dot: one look-up rejects most words. */
  anyNumberWord: Set<string>;
}

const cache = new WeakMap<LocaleProfile, NumberTables>();

/** Ukrainian writes the apostrophe as ' ’ or ʼ: tables and look-ups use '. */
export function normalizeWord(word: string): string {
  const lower = word.toLowerCase();
  return lower.includes("\u2019") || lower.includes("\u02BC") ? lower.replace(/[’ʼ]/g, "'") : lower;
}

/** lowerUnit's answers, plus one (0: not asked yet). */
const lowerUnits = new Int32Array(0x10000);

/** The first unit of a word opening with this one, lower-cased as normalizeWord does (lower case of a word's first letter does not depend on the rest). */
export function lowerUnit(code: number): number {
  let lower = lowerUnits[code] - 1;
  if (lower < 0) lowerUnits[code] = (lower = normalizeWord(String.fromCharCode(code)).charCodeAt(0)) + 1;
  return lower;
}

function compoundUnitsOf(profile: LocaleProfile): Map<string, UnitForms> {
  const units = new Map<string, UnitForms>();
  for (const [head, form] of Object.entries(profile.numberWords.compoundUnits)) {
    const unit = profile.units.find((candidate) => candidate.forms.includes(form));
    if (unit) units.set(head, unit);
  }
  return units;
}

function namedNumbersOf(profile: LocaleProfile): Map<string, NamedNumber[]> {
  const byFirst = new Map<string, NamedNumber[]>();
  for (const [phrase, value] of expandWordForms(profile.numberWords.namedNumbers)) {
    const first = phrase.split(/[-\s]/)[0];
    byFirst.set(first, [...(byFirst.get(first) ?? []), { phrase, value }].sort((a, b) => b.phrase.length - a.phrase.length));
  }
  return byFirst;
}

export function tablesFor(profile: LocaleProfile): NumberTables {
  let tables = cache.get(profile);
  if (!tables) {
    const words = profile.numberWords;
    tables = {
      scales: expandWordForms(profile.scaleWords),
      scaleStems: profile.scaleWords.filter((forms) => forms.stem.length >= 5).map((forms) => [forms.stem, forms.value]),
      cardinals: expandWordForms(words.cardinals),
      multipliers: expandWordForms(words.multipliers),
      ordinals: expandWordForms(words.ordinals),
      fractions: expandWordForms(words.fractions),
      months: expandWordForms(words.months),
      weekdays: expandWordForms(profile.days.weekdays),
      relativeDays: expandWordForms(profile.days.relative),
      times: expandWordForms(words.times),
      joiners: new Set(words.joiners),
      dayPeriods: new Map(Object.entries(words.dayPeriods)),
      hourWords: new Set(words.hourWords),
      romanContext: new Set(words.romanContext),
      units: profile.units.flatMap((unit) => unit.forms.map((form) => ({ form, unit }))).sort((a, b) => b.form.length - a.form.length),
      currencyScales: new Map(Object.entries(profile.currencyScales)),
      clock: words.clock,
      decadeSuffix: new RegExp(`^(?:${words.decadeSuffixes.map(escapeRegExp).join("|") || "(?!)"})(?!\\p{L})`, "u"),
      clockWords: new Set(words.clockWords),
      unitArticles: new Map(Object.entries(words.unitArticles)),
      rangeGap: new RegExp(`^\\s?(?:[-–—]${words.rangeWords.map((w) => `|${escapeRegExp(w)}`).join("")})\\s?$`, "u"),
      compoundStems: words.compoundStems.flatMap((forms) => forms.endings.map((ending): [string, number] => [forms.stem + ending, forms.value])).sort((a, b) => b[0].length - a[0].length),
      compoundHeads: words.compoundHeads,
      compoundUnits: compoundUnitsOf(profile),
      namedNumbers: namedNumbersOf(profile),
      anyNumberWord: new Set(),
    };
    for (const map of [tables.scales, tables.cardinals, tables.multipliers, tables.ordinals, tables.fractions, tables.months, tables.times]) {
      for (const form of map.keys()) tables.anyNumberWord.add(form.replace(/\.$/, ""));
    }
    for (const article of tables.unitArticles.keys()) tables.anyNumberWord.add(article);
    cache.set(profile, tables);
  }
  return tables;
}

/**
 * The month a word names (1–12), in a locale's own spelling: "September", "Sept.", "вересня". In a
 * language that capitalises its months (English), a lower-case "march" or "may" is no month.
 */
export function monthOf(word: string, profile: LocaleProfile): number | undefined {
  if (profile.numberWords.capitalisedMonths && !OPENS_UPPER.test(word)) return undefined;
  const months = tablesFor(profile).months;
  const lower = normalizeWord(word);
  return months.get(lower) ?? months.get(lower.replace(/\.$/, ""));
}
