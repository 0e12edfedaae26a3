/**
 * Reads numbers written as words — twenty-five, двісті п'ятдесят, три тисячі, третього,
 * half, січня, noon, XVIII століття, двометровий, a U-turn — as weak tokens: they match digits, but a word with no
 * counterpart is no error (translations drop "one" and "a couple of" freely).
 */
import { isWordChar } from "../chars";
import type { LocaleProfile } from "../locales";
import { readUnit } from "./digits";
import { mayOpen, openingsOf, type Openings } from "../openings";
import { monthOf, normalizeWord, tablesFor, type NumberTables } from "./tables";
import type { NumberToken } from "./token";
import { APOSTROPHE, LETTER, MARK, wordRuns } from "../word-runs";

// Bounded: an unbounded run over a 5 MB word overflows the regex engine's stack; no word is longer.
// A word is such a run and the dot after it, if any (wordRuns reads the runs by char code).
const WORD = /[\p{L}\p{M}'’ʼ]{1,64}/gu;
const WORD_CLASSES = LETTER | MARK | APOSTROPHE;
/** I V X L C D M: only a word that opens with one can be a Roman numeral. */
const ROMAN_LETTERS = new Set([..."IVXLCDM"].map((ch) => ch.charCodeAt(0)));
// Held in constants: the bundler turns a literal with \p{…} into `new RegExp` evaluated where it stands.
const ARTICLE_AFTER = /^\s(\p{L}{1,4})(?=\s)/u;
const UNIT_AFTER = /^\s(\p{Ll}[\p{Ll} ]{0,20}?)(?!\p{Ll})/u;
const ROMAN = /^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/;
const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };

function romanValue(numeral: string): number {
  let total = 0;
  for (let i = 0; i < numeral.length; i++) {
    const value = ROMAN_VALUES[numeral[i]];
    total += value < (ROMAN_VALUES[numeral[i + 1]] ?? 0) ? -value : value;
  }
  return total;
}

interface Word {
  text: string;
  lower: string;
  /** `lower` without its final dot. */
  bare: string;
  start: number;
  end: number;
}

type Role = { kind: "cardinal" | "ordinal" | "multiplier" | "scale"; value: number };

function roleOf(lower: string, bare: string, tables: NumberTables): Role | undefined {
  const lookup = (table: Map<string, number>) => table.get(lower) ?? table.get(bare);
  const cardinal = lookup(tables.cardinals);
  if (cardinal !== undefined) return { kind: "cardinal", value: cardinal };
  const ordinal = lookup(tables.ordinals);
  if (ordinal !== undefined) return { kind: "ordinal", value: ordinal };
  const multiplier = lookup(tables.multipliers);
  if (multiplier !== undefined) return { kind: "multiplier", value: multiplier };
  const scale = lookup(tables.scales);
  if (scale !== undefined) return { kind: "scale", value: scale };
  return undefined;
}

function magnitude(value: number): number {
  return value <= 0 ? 0 : Math.floor(Math.log10(value));
}

/** Adds up a run of number words: "two hundred and fifty thousand" → 250000. */
class RunBuilder {
  total = 0;
  current = 0;
  last = Infinity;
  /** The largest scale word of the run (million in "six million"), if any. */
  scale = 0;
  words: Word[] = [];

  /** False when the word cannot continue this number ("five twenty" is two numbers). */
  add(word: Word, role: Role): boolean {
    if (role.kind === "scale") {
      this.scale = Math.max(this.scale, role.value);
      this.total += (this.current || 1) * role.value;
      this.current = 0;
      this.last = Infinity;
    } else if (role.kind === "multiplier") {
      this.current = (this.current || 1) * role.value;
      this.last = role.value;
    } else {
      const teen = this.last >= 10 && this.last < 20;
      if (this.words.length && (teen || magnitude(role.value) >= magnitude(this.last))) return false;
      this.current += role.value;
      this.last = role.value;
    }
    this.words.push(word);
    return true;
  }

  value(): number {
    return this.total + this.current;
  }
}

function weakToken(text: string, start: number, end: number, values: number[], times?: number[]): NumberToken {
  return { text: text.slice(start, end), start, end, values, weak: true, ...(times ? { times } : {}) };
}

const openingUnits = new WeakMap<NumberTables, Openings>();

/** The first two units of every number word, joiner, named number and compound stem: a word opening otherwise is none of them. */
function openingsOfTables(tables: NumberTables): Openings {
  let found = openingUnits.get(tables);
  if (!found) {
    const forms = [...tables.anyNumberWord, ...tables.joiners, ...tables.namedNumbers.keys(), ...(tables.compoundHeads.length ? tables.compoundStems.map(([stem]) => stem) : [])];
    openingUnits.set(tables, (found = openingsOf(forms)));
  }
  return found;
}

/** The number words of `text` outside the ranges already read as digits. */
export function readWordNumbers(text: string, profile: LocaleProfile, taken: readonly NumberToken[]): NumberToken[] {
  const tables = tablesFor(profile);
  const tokens: NumberToken[] = [];
  let takenIndex = 0;
  let run: RunBuilder | undefined;
  /** Where the word before ends, or -1 after digits or at the start. */
  let previousEnd = -1;
  const openings = openingsOfTables(tables);
  const byWord = readingsOf(tables);

  const closeRun = () => {
    if (run && run.words.length) {
      const first = run.words[0];
      const last = run.words[run.words.length - 1];
      const token = weakToken(text, first.start, last.end, [run.value()]);
      if (run.scale) token.scale = run.scale;
      // "six meters", "шість метрів": a measurement written in words.
      const unit = readUnit(text, last.end, tables);
      if (unit) {
        token.unit = unit.unit;
        token.end = unit.end;
        token.text = text.slice(token.start, token.end);
      }
      tokens.push(token);
    }
    run = undefined;
  };

  let namedEnd = 0;
  const runs = wordRuns(text, WORD_CLASSES, 64, WORD);
  for (let r = 0; r < runs.length; r += 2) {
    const start = runs[r];
    if (start < namedEnd) continue;
    const end = text.charCodeAt(runs[r + 1]) === 0x2e ? runs[r + 1] + 1 : runs[r + 1];
    while (takenIndex < taken.length && taken[takenIndex].end <= start) takenIndex++;
    if (takenIndex < taken.length && taken[takenIndex].start < end) {
      closeRun();
      previousEnd = -1;
      continue;
    }
    if (!ROMAN_LETTERS.has(text.charCodeAt(start)) && !mayOpen(openings, text, start, end)) {
      // No number word, joiner or compound stem begins so: the word is read as unknown without reading it.
      closeRun();
      previousEnd = end;
      continue;
    }
    const written = text.slice(start, end);
    const reading = readingOf(written, tables, byWord);
    const { lower } = reading;
    const word: Word = { text: written, lower, bare: reading.bare, start, end };
    const named = reading.named && namedNumberAt(text, word, tables);
    if (named) {
      closeRun();
      previousEnd = -1;
      tokens.push(named);
      namedEnd = named.end;
      continue;
    }
    if (!reading.known) {
      closeRun();
      previousEnd = word.end;
      if (reading.compound) tokens.push(compoundToken(text, word, reading.compound, tables));
      continue;
    }
    const role = reading.role;
    const gap = previousEnd >= 0 ? text.slice(previousEnd, start) : "";
    const joined = previousEnd >= 0 && /^[\s-]*$/.test(gap) && gap.length <= 3;
    if (role) {
      if (!run || !joined || !run.add(word, role)) {
        closeRun();
        run = new RunBuilder();
        run.add(word, role);
      }
      if (role.kind === "ordinal") closeRun();
      previousEnd = word.end;
      continue;
    }
    if (run && joined && tables.joiners.has(word.lower)) {
      previousEnd = word.end;
      continue;
    }
    closeRun();
    previousEnd = word.end;
    const single = singleWord(word, text, tables, profile);
    if (single) tokens.push(single);
  }
  closeRun();
  return tokens;
}

const stemsByFirst = new WeakMap<NumberTables, Map<number, Array<[string, number]>>>();
const NO_STEMS: Array<[string, number]> = [];

/** The compound stems that begin with this unit, longest first as in the table. */
function stemsOpening(tables: NumberTables, first: number): ReadonlyArray<[string, number]> {
  let byFirst = stemsByFirst.get(tables);
  if (!byFirst) {
    stemsByFirst.set(tables, (byFirst = new Map()));
    for (const entry of tables.compoundStems) {
      const list = byFirst.get(entry[0].charCodeAt(0));
      if (list) list.push(entry);
      else byFirst.set(entry[0].charCodeAt(0), [entry]);
    }
  }
  return byFirst.get(first) ?? NO_STEMS;
}

/**
 * трирічний, трёхлетний, одноповерховий: a number stem glued to a head such as -річний. A head
 * that is a unit makes a measurement: двометровий форвард is a 2 m (6-foot-6) forward.
 */
function compoundOf(lower: string, tables: NumberTables): Compound | undefined {
  if (tables.compoundHeads.length === 0) return undefined;
  for (const [stem, value] of stemsOpening(tables, lower.charCodeAt(0))) {
    if (!lower.startsWith(stem)) continue;
    const head = tables.compoundHeads.find((candidate) => lower.startsWith(candidate, stem.length));
    if (head === undefined) continue;
    return { value, head };
  }
  return undefined;
}

function compoundToken(text: string, word: Word, { value, head }: Compound, tables: NumberTables): NumberToken {
  const token = weakToken(text, word.start, word.end, [value]);
  const unit = tables.compoundUnits.get(head);
  if (unit) token.unit = { dimension: unit.dimension, factor: unit.factor, text: head };
  return token;
}

interface Compound {
  value: number;
  head: string;
}

/** What a word as written (with its dot) is to the tables, whatever its place: read once per word. */
interface Reading {
  lower: string;
  bare: string;
  /** Some named number's phrase begins with it (the text after decides). */
  named: boolean;
  /** A number word, a joiner or a Roman numeral's letters. */
  known: boolean;
  role: Role | undefined;
  /** For a word not known: the compound it is. */
  compound: Compound | undefined;
}

const readings = new WeakMap<NumberTables, Map<string, Reading>>();
/** Words read, per locale's tables; cleared when full. */
const READINGS_LIMIT = 20_000;

function readingsOf(tables: NumberTables): Map<string, Reading> {
  let byWord = readings.get(tables);
  if (!byWord) readings.set(tables, (byWord = new Map()));
  return byWord;
}

function readingOf(written: string, tables: NumberTables, byWord: Map<string, Reading>): Reading {
  let reading = byWord.get(written);
  if (reading === undefined) {
    const lower = normalizeWord(written);
    const bare = lower.charCodeAt(lower.length - 1) === 0x2e ? lower.slice(0, -1) : lower;
    const known = tables.anyNumberWord.has(bare) || tables.joiners.has(lower) || (ROMAN_LETTERS.has(written.charCodeAt(0)) && /^[IVXLCDM]+\.?$/.test(written));
    reading = { lower, bare, named: tables.namedNumbers.has(bare), known, role: known ? roleOf(lower, bare, tables) : undefined, compound: known ? undefined : compoundOf(lower, tables) };
    if (byWord.size >= READINGS_LIMIT) byWord.clear();
    byWord.set(written, reading);
  }
  return reading;
}

/** "U-turn", "sterling silver": a named number starting at this word, if one does. */
function namedNumberAt(text: string, word: Word, tables: NumberTables): NumberToken | undefined {
  const candidates = tables.namedNumbers.get(word.bare);
  if (!candidates) return undefined;
  for (const { phrase, value } of candidates) {
    const end = word.start + phrase.length;
    if (normalizeWord(text.slice(word.start, end)) === phrase && !isWordChar(text[end])) return weakToken(text, word.start, end, [value]);
  }
  return undefined;
}

/** "a mile", "half an inch": a unit with an article stands for one (or half) of it. */
function implicitMeasure(word: Word, text: string, tables: NumberTables): NumberToken | undefined {
  const amount = tables.unitArticles.get(word.lower);
  if (amount === undefined) return undefined;
  // "half an inch": an article of one may stand between the word and its unit.
  let after = word.end;
  const article = ARTICLE_AFTER.exec(text.slice(after, after + 6));
  if (amount !== 1 && article && tables.unitArticles.get(article[1].toLowerCase()) === 1) after += article[0].length;
  const rest = UNIT_AFTER.exec(text.slice(after, after + 24).toLowerCase());
  const entry = rest && tables.units.find((candidate) => candidate.unit.imperial && candidate.form === rest[1]);
  if (!rest || !entry) return undefined;
  const end = after + rest[0].length;
  const { dimension, factor, fahrenheit, imperial } = entry.unit;
  return { ...weakToken(text, word.start, end, [amount]), unit: { dimension, factor, fahrenheit, imperial, text: rest[1] } };
}

/** Words that are numbers on their own: half, січня, noon, XVIII (before століття). */
function singleWord(word: Word, text: string, tables: NumberTables, profile: LocaleProfile): NumberToken | undefined {
  const measure = implicitMeasure(word, text, tables);
  if (measure) return measure;
  const { bare } = word;
  const fraction = tables.fractions.get(bare);
  // half ↔ 50 %: a fraction word also stands for its percentage.
  if (fraction !== undefined) return weakToken(text, word.start, word.end, [fraction, fraction * 100]);
  const month = monthOf(word.text, profile);
  if (month !== undefined) return weakToken(text, word.start, word.end, [month]);
  const time = tables.times.get(bare);
  if (time !== undefined) return weakToken(text, word.start, word.end, [], [time]);
  const numeral = word.text.replace(/\.$/, "");
  if (/^[IVXLCDM]+$/.test(numeral) && ROMAN.test(numeral)) {
    const next = /^[\s\u00A0]{1,4}([\p{L}'’ʼ]{1,20}\.?)/u.exec(text.slice(word.end, word.end + 24));
    const inContext = next !== null && tables.romanContext.has(normalizeWord(next[1]));
    if (inContext || (numeral.length >= 2 && /^[IVX]+$/.test(numeral))) return weakToken(text, word.start, word.start + numeral.length, [romanValue(numeral)]);
  }
  return undefined;
}
