/** English: “…” with ‘…’ inside, 1,000.5, thousand/million/billion, number words, imperial units. */
import { family, words, type LocaleProfile } from "./profile";

const ORDINAL_BASES: ReadonlyArray<readonly [string, number]> = [
  ["first", 1], ["second", 2], ["third", 3], ["fourth", 4], ["fifth", 5], ["sixth", 6], ["seventh", 7],
  ["eighth", 8], ["ninth", 9], ["tenth", 10], ["eleventh", 11], ["twelfth", 12], ["thirteenth", 13],
  ["fourteenth", 14], ["fifteenth", 15], ["sixteenth", 16], ["seventeenth", 17], ["eighteenth", 18],
  ["nineteenth", 19], ["twentieth", 20], ["thirtieth", 30], ["fortieth", 40], ["fiftieth", 50],
  ["sixtieth", 60], ["seventieth", 70], ["eightieth", 80], ["ninetieth", 90], ["hundredth", 100], ["thousandth", 1000],
];

export const en: LocaleProfile = {
  id: "en",
  name: "English",
  script: "Latin",
  quotes: [
    ["\u201C", "\u201D"],
    ["\u2018", "\u2019"],
  ],
  decimalSeparator: ".",
  // A space groups too: "116 123" is one telephone number in both languages.
  groupSeparators: [",", " ", "\u00A0", "\u202F"],
  scaleWords: [
    { stem: "thousand", endings: ["", "s"], value: 1e3 },
    { stem: "million", endings: ["", "s"], value: 1e6 },
    { stem: "mln", endings: [""], value: 1e6 },
    { stem: "billion", endings: ["", "s"], value: 1e9 },
    { stem: "bn", endings: [""], value: 1e9 },
    { stem: "trillion", endings: ["", "s"], value: 1e12 },
    { stem: "tn", endings: [""], value: 1e12 },
  ],
  currencyScales: { k: 1e3, m: 1e6, bn: 1e9, b: 1e9, tn: 1e12 },
  numberWords: {
    cardinals: words([
      ["zero", 0], ["one", 1], ["two", 2], ["three", 3], ["four", 4], ["five", 5], ["six", 6], ["seven", 7],
      ["eight", 8], ["nine", 9], ["ten", 10], ["eleven", 11], ["twelve", 12], ["thirteen", 13], ["fourteen", 14],
      ["fifteen", 15], ["sixteen", 16], ["seventeen", 17], ["eighteen", 18], ["nineteen", 19], ["twenty", 20],
      ["thirty", 30], ["forty", 40], ["fifty", 50], ["sixty", 60], ["seventy", 70], ["eighty", 80], ["ninety", 90],
      ["dozen", 12], ["dozens", 12], ["decade", 10], ["decades", 10],
    ]),
    multipliers: words([["hundred", 100], ["hundreds", 100]]),
    ordinals: family([""], ORDINAL_BASES),
    fractions: words([["half", 0.5], ["quarter", 0.25]]),
    months: words([
      ["january", 1], ["february", 2], ["march", 3], ["april", 4], ["may", 5], ["june", 6], ["july", 7],
      ["august", 8], ["september", 9], ["october", 10], ["november", 11], ["december", 12],
      ["jan", 1], ["feb", 2], ["mar", 3], ["apr", 4], ["jun", 6], ["jul", 7], ["aug", 8], ["sep", 9],
      ["sept", 9], ["oct", 10], ["nov", 11], ["dec", 12],
    ]),
    joiners: ["and"],
    times: words([["noon", 720], ["midday", 720], ["midnight", 0]]),
    hourWords: ["o'clock", "hours"],
    dayPeriods: { am: "am", "a.m.": "am", "a.m": "am", pm: "pm", "p.m.": "pm", "p.m": "pm" },
    romanContext: ["century", "centuries", "congress", "olympiad", "world", "war"],
    decadeSuffixes: ["s"],
    clockWords: ["gmt", "utc", "bst", "est", "edt", "cet", "cest", "pst", "pdt", "hours", "hrs", "local"],
    unitArticles: { a: 1, an: 1, half: 0.5 },
    rangeWords: ["to", "and", "or"],
    compoundStems: [],
    compoundHeads: [],
    compoundUnits: {},
    namedNumbers: words([
      ["u-turn", 180], ["u-turns", 180], ["about-face", 180], ["about-turn", 180],
      ["fortnight", 14], ["fortnights", 14], ["hat-trick", 3], ["hat trick", 3], ["hat-tricks", 3],
      ["century", 100], ["centuries", 100], ["centenary", 100], ["centennial", 100], ["bicentenary", 200], ["bicentennial", 200], ["millennium", 1000],
      ["sterling silver", 925],
    ]),
    digitIdioms: ["24/7", "24x7"],
    clock: 12,
    capitalisedMonths: true,
  },
  days: {
    // With the possessive or "is" ('s): "Monday's vote", "Tomorrow's a different beast" (’ reads as ').
    weekdays: family(["", "'s"], [["monday", 1], ["tuesday", 2], ["wednesday", 3], ["thursday", 4], ["friday", 5], ["saturday", 6], ["sunday", 7]]),
    ambiguous: ["may", "mar", "jan"],
    relative: family(["", "'s"], [["yesterday", -1], ["today", 0], ["tomorrow", 1]]),
  },
  endingLetters: "aeiouy",
  sentences: {
    abbreviations: ["mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "col", "lt", "sgt", "st", "jr", "sr", "inc", "ltd", "co", "corp", "vs", "etc", "e.g", "i.e", "u.s", "u.k", "u.n", "no", "vol", "p", "pp", "fig", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx", "est", "dept", "univ"],
    dangling: ["the", "a", "an", "of", "into", "and", "or", "but", "if", "because", "than"],
    commaOutsideQuotes: false,
  },
  signals: {
    letters: "",
    words: ["the", "and", "of", "that", "is", "was", "with", "for", "which", "has"],
    // Cyrillic letters that look Latin, typed into English words.
    lookAlikes: "аеорсухіјАВЕКМНОРСТХІЈ",
  },
  transliteration: {
    // Consonant classes shared with uk/ru: w and v sound alike in Вашингтон, h is г in Ukrainian.
    classes: {
      sch: "s", tch: "c", ch: "c", sh: "s", th: "t", ph: "f", ck: "k", kh: "g", zh: "z", ts: "c", tz: "c", dg: "j",
      b: "b", c: "k", d: "d", f: "f", g: "g", h: "g", j: "j", k: "k", l: "l", m: "m", n: "n", p: "p", q: "k",
      // s and z are one class: president ↔ президент.
      r: "r", s: "s", t: "t", v: "v", w: "v", x: "ks", z: "s",
      a: "", e: "", i: "", o: "", u: "", y: "", "ø": "", "å": "", "æ": "", "ö": "", "ü": "", "ä": "", "é": "", "'": "",
    },
  },
  units: [
    { forms: ["mile", "miles", "mi"], dimension: "length", factor: 1609.344, imperial: true },
    { forms: ["foot", "feet", "ft"], dimension: "length", factor: 0.3048, imperial: true },
    { forms: ["inch", "inches", "in."], dimension: "length", factor: 0.0254, imperial: true },
    { forms: ["yard", "yards", "yd", "yds"], dimension: "length", factor: 0.9144, imperial: true },
    { forms: ["km", "kilometre", "kilometres", "kilometer", "kilometers"], dimension: "length", factor: 1000 },
    { forms: ["m", "metre", "metres", "meter", "meters"], dimension: "length", factor: 1 },
    { forms: ["cm", "centimetre", "centimetres", "centimeter", "centimeters"], dimension: "length", factor: 0.01 },
    { forms: ["mm", "millimetre", "millimetres", "millimeter", "millimeters"], dimension: "length", factor: 0.001 },
    { forms: ["pound", "pounds", "lb", "lbs"], dimension: "mass", factor: 0.45359237, imperial: true },
    { forms: ["ounce", "ounces", "oz"], dimension: "mass", factor: 0.028349523, imperial: true },
    { forms: ["stone"], dimension: "mass", factor: 6.35029318, imperial: true },
    // Short, long or metric: "a 7,000-ton frigate" is usually left as 7000 тонн.
    { forms: ["ton", "tons"], dimension: "mass", factor: 907.18474, imperial: true, ambiguous: true },
    { forms: ["kg", "kilogram", "kilograms", "kilo", "kilos"], dimension: "mass", factor: 1 },
    { forms: ["tonne", "tonnes"], dimension: "mass", factor: 1000 },
    { forms: ["g", "gram", "grams"], dimension: "mass", factor: 0.001 },
    { forms: ["mph", "miles per hour", "mile per hour", "miles an hour"], dimension: "speed", factor: 1.609344, imperial: true },
    { forms: ["km/h", "kph", "kilometres per hour", "kilometers per hour"], dimension: "speed", factor: 1 },
    { forms: ["acre", "acres"], dimension: "area", factor: 4046.8564224, imperial: true },
    { forms: ["square mile", "square miles", "sq mi"], dimension: "area", factor: 2589988.11, imperial: true },
    { forms: ["square foot", "square feet", "sq ft"], dimension: "area", factor: 0.09290304, imperial: true },
    { forms: ["hectare", "hectares", "ha"], dimension: "area", factor: 10000 },
    { forms: ["square kilometres", "square kilometers", "km²", "sq km"], dimension: "area", factor: 1e6 },
    { forms: ["gallon", "gallons"], dimension: "volume", factor: 3.785411784, imperial: true },
    { forms: ["litre", "litres", "liter", "liters", "l"], dimension: "volume", factor: 1 },
    { forms: ["°f", "degrees fahrenheit", "degree fahrenheit", "fahrenheit", "f"], dimension: "temperature", factor: 1, fahrenheit: true, imperial: true },
    { forms: ["degrees", "degree", "°"], dimension: "temperature", factor: 1, fahrenheit: true, imperial: true, ambiguous: true },
    { forms: ["°c", "degrees celsius", "celsius", "c"], dimension: "temperature", factor: 1 },
  ],
};
