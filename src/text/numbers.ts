/**
 * Reads the numbers of a paragraph as values, the way its locale writes them
 * (1,000.5 or 1 000,5; 2 млн; $2.5 billion), in one linear pass.
 */
import { isDigit, isLetter } from "./chars";
import { expandWordForms, type LocaleProfile } from "./locales";

export interface NumberToken {
  /** The number as written, scale word included ("2,5 млрд"). */
  text: string;
  start: number;
  end: number;
  /** Every value the spelling can mean, most likely first ("1,250" in uk: 1.25, then 1250). */
  values: number[];
}

const scaleTables = new WeakMap<LocaleProfile, Map<string, number>>();

function scaleTable(profile: LocaleProfile): Map<string, number> {
  let table = scaleTables.get(profile);
  if (!table) {
    table = expandWordForms(profile.scaleWords);
    scaleTables.set(profile, table);
  }
  return table;
}

/** Values are compared after rounding away binary noise (1.1 × 10⁶ = 1100000.0000000002). */
export function valueKey(value: number): string {
  return String(Number(value.toPrecision(12)));
}

function readDigits(text: string, from: number): number {
  let i = from;
  while (isDigit(text[i])) i++;
  return i;
}

/** Reads thousand groups after the first group: `,250,000` (en) or ` 250 000` (uk/ru). */
function readGroups(text: string, profile: LocaleProfile, from: number, firstGroupLength: number): number {
  if (firstGroupLength > 3) return from;
  let i = from;
  while (profile.groupSeparators.includes(text[i])) {
    const end = readDigits(text, i + 1);
    if (end - (i + 1) !== 3) break;
    i = end;
  }
  return i;
}

/** The scale word right after a number (one optional space): "млн", "million", "тис.". */
function readScale(text: string, profile: LocaleProfile, from: number): { end: number; factor: number } | undefined {
  let i = from;
  if (text[i] === " " || text[i] === "\u00A0" || text[i] === "\u202F") i++;
  const wordStart = i;
  while (i - wordStart < 16 && isLetter(text[i])) i++;
  if (i === wordStart || isLetter(text[i])) return undefined;
  const factor = scaleTable(profile).get(text.slice(wordStart, i).toLowerCase());
  if (factor === undefined) return undefined;
  return { end: text[i] === "." ? i + 1 : i, factor };
}

function toNumber(digits: string): number {
  return Number(digits);
}

/** One number starting at `start`, which holds a digit not preceded by one. */
function readNumber(text: string, profile: LocaleProfile, start: number, inChain: boolean): NumberToken {
  const intEnd = readDigits(text, start);
  const groupedEnd = readGroups(text, profile, intEnd, intEnd - start);
  const integerDigits = text.slice(start, groupedEnd).replace(/\D/g, "");
  let end = groupedEnd;
  let values = [toNumber(integerDigits)];

  const separator = text[end];
  if (!inChain && (separator === "." || separator === ",") && isDigit(text[end + 1])) {
    const fractionEnd = readDigits(text, end + 1);
    const fraction = text.slice(end + 1, fractionEnd);
    const isChain = (text[fractionEnd] === "." || text[fractionEnd] === ",") && isDigit(text[fractionEnd + 1]);
    if (!isChain) {
      const decimal = toNumber(`${integerDigits}.${fraction}`);
      // Three digits after a lone separator may be a thousands group written the other locale's way.
      const grouped = fraction.length === 3 && groupedEnd === intEnd && intEnd - start <= 3
        ? toNumber(integerDigits + fraction)
        : undefined;
      const isLocaleGroup = profile.groupSeparators.includes(separator);
      values = grouped !== undefined && isLocaleGroup ? [grouped, decimal] : grouped !== undefined ? [decimal, grouped] : [decimal];
      end = fractionEnd;
    }
  }

  const scale = readScale(text, profile, end);
  if (scale) {
    values = values.map((value) => value * scale.factor);
    end = scale.end;
  }
  return { text: text.slice(start, end), start, end, values };
}

/** Every number in the paragraph, in reading order. Linear in the text's length. */
export function extractNumbers(text: string, profile: LocaleProfile): NumberToken[] {
  const numbers: NumberToken[] = [];
  let i = 0;
  while (i < text.length) {
    if (isDigit(text[i])) {
      // A part of 12.03.2020 or 1.2.3 is a whole number of its own, never a decimal.
      const inChain = (text[i - 1] === "." || text[i - 1] === ",") && isDigit(text[i - 2]);
      const token = readNumber(text, profile, i, inChain);
      numbers.push(token);
      i = Math.max(token.end, i + 1);
    } else {
      i++;
    }
  }
  return numbers;
}

export interface NumberComparison {
  missing: NumberToken[];
  extra: NumberToken[];
  matched: Array<[NumberToken, NumberToken]>;
}

/**
 * Pairs source and target numbers as multisets of values: first by their most likely values,
 * then by any value their spelling allows. Linear in the count of numbers (hash look-ups).
 */
export function compareNumbers(source: NumberToken[], target: NumberToken[]): NumberComparison {
  const matched: Array<[NumberToken, NumberToken]> = [];
  const sourceLeft = new Set(source);
  const targetLeft = new Set(target);

  // Each value keeps a cursor into its candidates, so many equal numbers stay linear.
  const pass = (valuesOf: (token: NumberToken) => number[]): void => {
    const byValue = new Map<string, { tokens: NumberToken[]; next: number }>();
    for (const token of targetLeft) {
      for (const value of valuesOf(token)) {
        const key = valueKey(value);
        const entry = byValue.get(key);
        if (entry) entry.tokens.push(token);
        else byValue.set(key, { tokens: [token], next: 0 });
      }
    }
    for (const token of sourceLeft) {
      for (const value of valuesOf(token)) {
        const entry = byValue.get(valueKey(value));
        if (!entry) continue;
        while (entry.next < entry.tokens.length && !targetLeft.has(entry.tokens[entry.next])) entry.next++;
        const partner = entry.tokens[entry.next];
        if (partner) {
          matched.push([token, partner]);
          sourceLeft.delete(token);
          targetLeft.delete(partner);
          break;
        }
      }
    }
  };
  pass((token) => token.values.slice(0, 1));
  pass((token) => token.values);
  return { missing: [...sourceLeft], extra: [...targetLeft], matched };
}
