/**
 * Every number of a paragraph, in reading order, in one linear pass over the digits and one
 * over the words, then small fixes that need a neighbour: shared scales (12–15 тис.), year
 * ranges (2026-27), feet and inches (6-foot-6), metres and centimetres (1 м 82 см), glosses in
 * parentheses.
 */
import { isDigit, isLetter } from "../chars";
import type { LocaleProfile, UnitForms } from "../locales";
import { readNumber } from "./digits";
import { tablesFor } from "./tables";
import type { NumberToken } from "./token";
import { readWordNumbers } from "./words";

/** G7, COVID-19, F-16: the letters right before the digits (or before a hyphen), ending in a capital. */
function codeBefore(text: string, start: number): string | undefined {
  const end = text[start - 1] === "-" ? start - 1 : start;
  const letter = text[end - 1] ?? "";
  if (!isLetter(letter) || letter === letter.toLowerCase()) return undefined;
  let from = end - 1;
  while (from > 0 && end - from < 16 && isLetter(text[from - 1])) from--;
  return text.slice(from, end);
}

/** Where an idiom of digits (24/7) starting at `start` ends; `start` when none does. */
function idiomEnd(text: string, start: number, idioms: readonly string[]): number {
  if (isDigit(text[start - 1])) return start;
  for (const idiom of idioms) {
    if (text.startsWith(idiom, start) && !isDigit(text[start + idiom.length])) return start + idiom.length;
  }
  return start;
}

function readDigitNumbers(text: string, profile: LocaleProfile): NumberToken[] {
  const tables = tablesFor(profile);
  const idioms = profile.numberWords.digitIdioms;
  const tokens: NumberToken[] = [];
  let depth = 0;
  let idiom = 0;
  let idiomStart = 0;
  let i = 0;
  while (i < text.length) {
    // By char code: a one-unit string per character of Cyrillic text is allocated.
    const code = text.charCodeAt(i);
    if (code === 0x28) depth++;
    else if (code === 0x29) depth = Math.max(0, depth - 1);
    if (code >= 0x30 && code <= 0x39) {
      // A part of 12.03.2020 or 1.2.3 is a whole number of its own, never a decimal.
      const inChain = (text[i - 1] === "." || text[i - 1] === ",") && isDigit(text[i - 2]);
      if (idioms.length && i >= idiom) {
        idiomStart = i;
        idiom = idiomEnd(text, i, idioms);
      }
      const token = readNumber(text, profile, tables, i, inChain);
      if (depth > 0) token.parenthetical = true;
      const name = i < idiom ? text.slice(idiomStart, idiom) : codeBefore(text, i);
      if (name) token.name = name;
      tokens.push(token);
      i = Math.max(token.end, i + 1);
    } else {
      i++;
    }
  }
  return tokens;
}

/**
 * 27" monitor, 6′ tall: one mark right after a number is inches or feet. The primes always; the
 * straight and curly quotes only before a hyphen or a lower-case word, where no quotation closes.
 */
function markedUnit(text: string, end: number, feet: UnitForms | undefined, inches: UnitForms | undefined): { unit: UnitForms; end: number } | undefined {
  const mark = text[end] ?? "";
  const unit = "″\"”".includes(mark) ? inches : "′'’".includes(mark) ? feet : undefined;
  if (!unit || !mark) return undefined;
  if (mark !== "″" && mark !== "′" && !(text[end + 1] === "-" || LOWER_WORD_AFTER.test(text.slice(end + 1, end + 3)))) return undefined;
  if (closesQuotation(text, end)) return undefined;
  return { unit, end: end + 1 };
}

/** A space and a lower-case letter: a word, where no quotation closes. */
// Held in constants: the bundler turns a literal with \p{…} into `new RegExp` evaluated where it stands.
const LOWER_WORD_AFTER = /^[\s\u00A0]\p{Ll}/u;

/** How far back a quotation's opening mark is looked for: a bound keeps a paragraph of marks linear. */
const QUOTE_LOOKBACK = 400;

/**
 * Whether the quote mark at `at` closes a quotation opened before it: “…42” and, '…5' she said.
 * Curly marks by their opening partner, a straight " by an odd count before it, a straight ' by an
 * opening one at a word's start.
 */
function closesQuotation(text: string, at: number): boolean {
  const from = Math.max(0, at - QUOTE_LOOKBACK);
  const mark = text[at];
  const opening = mark === "”" ? "“" : mark === "’" ? "‘" : undefined;
  if (opening) {
    for (let i = at - 1; i >= from; i--) {
      if (text[i] === mark) return false;
      if (text[i] === opening) return true;
    }
    return false;
  }
  if (mark === '"') {
    let count = 0;
    for (let i = from; i < at; i++) if (text.charCodeAt(i) === 0x22) count++;
    return count % 2 === 1;
  }
  for (let i = at - 1; i >= from; i--) if (text[i] === "'") return i === 0 || /[\s(«“"]/.test(text[i - 1]);
  return false;
}

function combineNeighbours(text: string, tokens: NumberToken[], profile: LocaleProfile): NumberToken[] {
  const { rangeGap: RANGE_GAP, units } = tablesFor(profile);
  const result: NumberToken[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k];
    const next = tokens[k + 1];
    const gap = next ? text.slice(token.end, Math.min(next.start, token.end + 8)) : "";
    const adjacent = next !== undefined && next.start - token.end <= 7;
    // 12–15 тис., $3-4 million, between 12 and 15 thousand: the first number shares the scale.
    if (adjacent && next.scale && !token.scale && !token.unit && RANGE_GAP.test(gap)) {
      token.values = [...token.values, ...token.values.map((value) => value * (next.scale as number))];
    }
    // 1 to 4 inches, 5–7,6 см: the first number shares the unit.
    if (adjacent && next.unit && !token.unit && !token.times && RANGE_GAP.test(gap)) token.unit = next.unit;
    // 2026-27 → 2026–2027.
    if (adjacent && /^[-–]$/.test(gap) && /^\d{4}$/.test(token.text) && /^\d{2}$/.test(next.text)) {
      const completed = Math.floor(Number(token.text) / 100) * 100 + Number(next.text);
      if (completed > Number(token.text)) next.values = [...next.values, completed];
    }
    // 6'1" and 5′9″: feet and inches written with marks.
    const feet = units.find((entry) => entry.unit.factor === 0.3048)?.unit;
    if (feet && next && !token.unit && !next.unit && /^['′’]$/.test(gap) && /^["″”]/.test(text.slice(next.end, next.end + 1)) && /^\d{1,2}$/.test(next.text)) {
      const { dimension, factor, imperial } = feet;
      result.push({ ...token, text: text.slice(token.start, next.end + 1), end: next.end + 1, values: [token.values[0] + next.values[0] / 12], precision: 1 / 12, unit: { dimension, factor, imperial, text: "'" } });
      k++;
      continue;
    }
    const marked = token.unit || token.times ? undefined : markedUnit(text, token.end, feet, units.find((entry) => entry.unit.factor === 0.0254)?.unit);
    if (marked) {
      const { dimension, factor, imperial } = marked.unit;
      token.unit = { dimension, factor, imperial, text: text[token.end] };
      token.end = marked.end;
      token.text = text.slice(token.start, token.end);
    }
    // 6-foot-6 and 6 feet 6 inches; 1 м 82 см: one measurement in two parts.
    const partGap = next?.unit ? /^,?[\s\u00A0-]?(?:and |і |й |и |та )?$/u : /^[\s\u00A0-]?$/;
    if (adjacent && token.unit && !token.unit.fahrenheit && partGap.test(gap) && (next.unit === undefined || next.unit.dimension === token.unit.dimension) && (next.unit?.factor ?? 0) < token.unit.factor) {
      const smallerFactor = next.unit?.factor ?? (token.unit.factor === 0.3048 ? 0.0254 : 0);
      if (smallerFactor > 0 && next.values.length) {
        const total = token.values[0] + (next.values[0] * smallerFactor) / token.unit.factor;
        const precision = ((next.precision ?? 1) * smallerFactor) / token.unit.factor;
        result.push({ ...token, text: text.slice(token.start, next.end), end: next.end, values: [total], precision });
        k++;
        continue;
      }
    }
    result.push(token);
  }
  return result;
}

export function extractNumbers(text: string, profile: LocaleProfile): NumberToken[] {
  const digits = readDigitNumbers(text, profile);
  const words = readWordNumbers(text, profile, digits);
  const all = words.length ? [...digits, ...words].sort((a, b) => a.start - b.start) : digits;
  return combineNeighbours(text, all, profile);
}
