/** The shape of a locale profile: everything Concord knows about how one language writes text. */

export type Script = "Latin" | "Cyrillic";

/** A family of inflected word forms that share a stem, e.g. мільйон + а/и/ів. */
export interface WordForms {
  stem: string;
  endings: readonly string[];
  value: number;
}

export type Dimension = "length" | "mass" | "speed" | "area" | "volume" | "temperature";

/** A unit word: its forms, its dimension, and how many base units (m, kg, km/h, m², l, °C) one is. */
export interface UnitForms {
  forms: readonly string[];
  dimension: Dimension;
  /** Base units per unit; for °F the conversion is affine and named by `fahrenheit`. */
  factor: number;
  fahrenheit?: boolean;
  /** A unit that translators convert (miles, feet, pounds…): its numbers may change. */
  imperial?: boolean;
  /** "degrees" in English: Celsius in a British paper, Fahrenheit in an American one. */
  ambiguous?: boolean;
}

export interface NumberWords {
  /** Cardinal numbers in all their case and gender forms (два/дві/двох; twenty). */
  cardinals: readonly WordForms[];
  /** English "hundred": multiplies what stands before it. */
  multipliers: readonly WordForms[];
  ordinals: readonly WordForms[];
  /** half, половина… (values below 1). */
  fractions: readonly WordForms[];
  /** Month names and abbreviations, value 1–12. */
  months: readonly WordForms[];
  /** Words inside a number: "two hundred and fifty". */
  joiners: readonly string[];
  /** Times of day by name, value in minutes after midnight: noon, опівночі. */
  times: readonly WordForms[];
  /** Words for "hour" that may stand between an hour and its period: 4 часа утра. */
  hourWords: readonly string[];
  /** Words after an hour that say which half of the day it is: p.m., вечора. */
  dayPeriods: Readonly<Record<string, "am" | "pm">>;
  /** Words after which a Roman numeral is plausible: століття, век, century. */
  romanContext: readonly string[];
  /** Suffixes that make two digits (or a year) a decade: 1990s, 90-х, 2010-ті. */
  decadeSuffixes: readonly string[];
  /** Words after four digits that make them a time of day: 0800 GMT, 1530 hours. */
  clockWords: readonly string[];
  /** Words that stand for one, or half, of the unit after them: "a mile", "half an inch". */
  unitArticles: Readonly<Record<string, number>>;
  /** Words between two numbers of a range or pair, whose second number lends its scale or unit: 12 to 15 thousand. */
  rangeWords: readonly string[];
  /** Number stems that begin compound words (три-, десяти-, одно-), and the heads after them (-річний, -летний, -поверховий). */
  compoundStems: readonly WordForms[];
  compoundHeads: readonly string[];
  /** Heads that are units, with the unit form they stand for: двометровий is 2 m. */
  compoundUnits: Readonly<Record<string, string>>;
  /**
   * Words and hyphenated phrases that name a number a translation may write in digits: a U-turn
   * (на 180 градусів), a fortnight (14 днів), sterling silver (925 проби). Weak, as number words are.
   */
  namedNumbers: readonly WordForms[];
  /** Numbers in digits that idioms hold and translations say in words: 24/7 (цілодобово). */
  digitIdioms: readonly string[];
  /** 12: a time without a.m./p.m. may be either half of the day; 24: it is what it says. */
  clock: 12 | 24;
  /** Whether month names must be capitalised to count (English: "may" is a verb). */
  capitalisedMonths: boolean;
}

/**
 * How names sound, for matching them across scripts (Trump ↔ Трамп, Pituffik ↔ Пітуффік):
 * letters and digraphs mapped to consonant classes; vowels and signs map to "".
 */
export interface Transliteration {
  /** Multi-letter spellings first (дж, sh, th), then single letters. */
  classes: Readonly<Record<string, string>>;
}

/** What tells this language from its neighbours in the same script (Ukrainian from Russian). */
export interface LanguageSignals {
  /** Letters no neighbour uses: і ї є ґ for Ukrainian, ы э ъ ё for Russian. */
  letters: string;
  /** Frequent function words no neighbour uses: що, як, він / что, как, он. */
  words: readonly string[];
  /** Letters of the other script that look the same as this script's (Latin a for Cyrillic а). */
  lookAlikes: string;
}

/**
 * How a language's spelling folds onto a close kin's, so that a translation in one reads as a
 * witness of a translation in the other: Ukrainian and Russian share most stems (аварія ↔ авария,
 * велосипедист ↔ велосипедист) once и/і/ы, е/є/э, ґ/г and the soft signs are folded together.
 */
export interface Kinship {
  /** Languages of one family fold onto one alphabet; only they witness each other. */
  family: string;
  /** Letter → its folded spelling ("" drops it); letters not listed stay. */
  fold: Readonly<Record<string, string>>;
}

/**
 * Words for days that survive translation as surely as numbers do (on Monday → у понеділок, в
 * понедельник; yesterday → вчора, вчера): the aligner counts them alike across languages.
 * Months are the number words' (NumberWords.months).
 */
export interface DayWords {
  /** Monday = 1 … Sunday = 7. */
  weekdays: readonly WordForms[];
  /** Yesterday = −1, today = 0, tomorrow = 1. */
  relative: readonly WordForms[];
  /** Month words that are more often something else (English "may", "mar"): not counted. */
  ambiguous: readonly string[];
}

/** How sentences and clauses end in this language. */
export interface SentenceWords {
  /** Abbreviations that end in a dot without ending a sentence: lower-case, without the final dot. */
  abbreviations: readonly string[];
  /** Words a sentence never ends on (prepositions, conjunctions): a quotation that stops on one was cut. */
  dangling: readonly string[];
  /** A comma after a quotation stands outside its mark («Ні», — сказав він): one inside shows a cut. */
  commaOutsideQuotes: boolean;
}

export interface LocaleProfile {
  id: string;
  name: string;
  script: Script;
  /** Quotation marks as [open, close], outer first, then the quote inside a quote. */
  quotes: readonly (readonly [string, string])[];
  decimalSeparator: "." | ",";
  /** Characters that group thousands (1,000 or 1 000). */
  groupSeparators: readonly string[];
  /** Words and abbreviations that multiply the number before them (million, млн, тис.). */
  scaleWords: readonly WordForms[];
  /** Letters glued to a number after a currency sign: $2bn, £125m. */
  currencyScales: Readonly<Record<string, number>>;
  numberWords: NumberWords;
  units: readonly UnitForms[];
  transliteration: Transliteration;
  signals: LanguageSignals;
  kinship?: Kinship;
  days: DayWords;
  sentences: SentenceWords;
  /** Letters an inflected ending is made of (vowels and signs): Гренландія → Гренланд- + і, ю. */
  endingLetters: string;
  /** How the language names the speaker inside a quotation that goes on: «…, — сказала вона, — …». */
  attribution?: RegExp;
}

/** Expands stem+ending families into a lookup table from lower-case word to value. */
export function expandWordForms(families: readonly WordForms[]): Map<string, number> {
  const table = new Map<string, number>();
  for (const family of families) {
    for (const ending of family.endings) table.set(family.stem + ending, family.value);
  }
  return table;
}

/** Families with one stem per value and shared endings: ["двадцят", 20], … */
export function family(endings: readonly string[], stems: ReadonlyArray<readonly [string, number]>): WordForms[] {
  return stems.map(([stem, value]) => ({ stem, endings, value }));
}

/** Families of single words: ["noon", 720] → { stem: "noon", endings: [""] }. */
export function words(entries: ReadonlyArray<readonly [string, number]>): WordForms[] {
  return family([""], entries);
}
