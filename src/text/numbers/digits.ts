/**
 * Reads one number written with digits, in the locale's notation: thousands groups, decimals,
 * times of day (11:40 p.m., 17.30), decades ('90s, 90-х), scale words (2 млн, £125m) and units.
 */
import { isDigit, isLetter } from "../chars";
import type { LocaleProfile } from "../locales";
import { trailingRunStart } from "../runs";
import { normalizeWord, type NumberTables } from "./tables";
import type { NumberToken, Unit } from "./token";

const SPACES = " \u00A0\u202F";
const CURRENCY = "$€£¥₴₽";

function readDigits(text: string, from: number): number {
  let i = from;
  while (isDigit(text[i])) i++;
  return i;
}

/** Reads thousand groups after a first group of 1–3 digits: `,250,000` (en) or ` 250 000` (uk/ru). */
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

/** The word starting at `from` (letters and dots, at most 16), lower-cased, and where it ends. */
function wordAt(text: string, from: number): { word: string; end: number } | undefined {
  let i = from;
  while (i - from < 16 && (isLetter(text[i]) || (text[i] === "." && isLetter(text[i - 1])))) i++;
  if (i === from || isLetter(text[i])) return undefined;
  return { word: normalizeWord(text.slice(from, i)), end: i };
}

function skipSpace(text: string, from: number): number {
  return SPACES.includes(text[from] ?? "x") ? from + 1 : from;
}

/** "p.m.", "вечора": which half of the day an hour is in. */
function readDayPeriod(text: string, from: number, tables: NumberTables): { period: "am" | "pm"; end: number } | undefined {
  let found = wordAt(text, skipSpace(text, from));
  if (found && tables.hourWords.has(found.word)) found = wordAt(text, skipSpace(text, found.end));
  if (!found) return undefined;
  for (const candidate of [found.word, found.word.replace(/\.$/, "")]) {
    const period = tables.dayPeriods.get(candidate);
    if (period) return { period, end: found.end };
  }
  return undefined;
}

function hourMinutes(hour: number, minute: number, period: "am" | "pm" | undefined, clock: 12 | 24): number[] {
  if (period === "am") return [(hour % 12) * 60 + minute];
  if (period === "pm") return [((hour % 12) + 12) * 60 + minute];
  // On a 12-hour clock "11:40" may be either half of the day; on a 24-hour clock it is morning.
  return clock === 12 && hour >= 1 && hour < 12 ? [hour * 60 + minute, (hour + 12) * 60 + minute] : [(hour % 24) * 60 + minute];
}

/** 11:40, 5.30pm, 7 p.m., 6-й ранку: a time of day starting at `start`, if there is one. */
function readTime(text: string, start: number, intEnd: number, tables: NumberTables): NumberToken | undefined {
  if (intEnd - start > 2) return undefined;
  const hour = Number(text.slice(start, intEnd));
  const separator = text[intEnd];
  if ((separator === ":" || separator === ".") && isDigit(text[intEnd + 1])) {
    const minuteEnd = readDigits(text, intEnd + 1);
    const minute = Number(text.slice(intEnd + 1, minuteEnd));
    if (minuteEnd - intEnd - 1 !== 2 || hour > 24 || minute > 59 || (text[minuteEnd] === separator && isDigit(text[minuteEnd + 1]))) return undefined;
    const period = readDayPeriod(text, minuteEnd, tables);
    // 11.15 may be a decimal too: the number reader adds the time as a candidate then.
    if (separator === "." && !period) return undefined;
    const end = period?.end ?? minuteEnd;
    const times = hourMinutes(hour, minute, period?.period, tables.clock);
    // 04:00 is also "4" (в 4 часа): the hour alone is a candidate when the minutes are zero.
    const hours = minute === 0 ? times.map((t) => t / 60) : [];
    return { text: text.slice(start, end), start, end, values: hours, times };
  }
  if (hour > 24) return undefined;
  let after = intEnd;
  // An ordinal suffix before the period: о 6-й ранку.
  if (text[after] === "-" && isLetter(text[after + 1])) {
    let k = after + 1;
    while (k - after <= 3 && isLetter(text[k])) k++;
    after = k;
  }
  const period = readDayPeriod(text, after, tables);
  if (!period || hour > 12) return undefined;
  const minutes = hourMinutes(hour, 0, period.period, tables.clock);
  return { text: text.slice(start, period.end), start, end: period.end, values: [minutes[0] / 60, hour], times: minutes };
}

/** 0800 GMT, 1530 hours: four digits before a word that makes them a time of day. */
function readClock(text: string, start: number, intEnd: number, tables: NumberTables): NumberToken | undefined {
  if (intEnd - start !== 4 || tables.clockWords.size === 0) return undefined;
  const hour = Number(text.slice(start, start + 2));
  const minute = Number(text.slice(start + 2, intEnd));
  const word = wordAt(text, skipSpace(text, intEnd));
  if (hour > 23 || minute > 59 || !word || !tables.clockWords.has(word.word.replace(/\.$/, ""))) return undefined;
  const hours = minute === 0 ? [hour] : [];
  return { text: text.slice(start, intEnd), start, end: intEnd, values: [Number(text.slice(start, intEnd)), ...hours], times: [hour * 60 + minute] };
}

function wordEnd(text: string, from: number): number {
  let i = from;
  while (i - from < 32 && isLetter(text[i])) i++;
  return i;
}

/** 25-тысячная, 5-million-strong: a scale made into an adjective after a hyphen. */
function scaleAdjective(text: string, from: number, tables: NumberTables): number | undefined {
  if (text[from] !== "-" || !isLetter(text[from + 1])) return undefined;
  const word = normalizeWord(text.slice(from + 1, wordEnd(text, from + 1)));
  for (const [stem, value] of tables.scaleStems) if (word.startsWith(stem)) return value;
  return undefined;
}

/** A unit right after a number: " miles", "-foot", "°C", " км/год". */
export function readUnit(text: string, from: number, tables: NumberTables): { unit: Unit; end: number } | undefined {
  let i = from;
  const hyphen = text[i] === "-";
  if (SPACES.includes(text[i] ?? "x") || hyphen) i++;
  const lower = text.slice(i, i + 32).toLowerCase();
  for (const { form, unit } of tables.units) {
    if (!lower.startsWith(form)) continue;
    let end = i + form.length;
    if (isLetter(text[end])) {
      // An adjective made of the unit: 249-кілограмовий, 7-градусна, 20-metre.
      if (!hyphen || form.length < 3) continue;
      while (end - i < 32 && isLetter(text[end])) end++;
    }
    const { dimension, factor, fahrenheit, imperial, ambiguous } = unit;
    return { unit: { dimension, factor, fahrenheit, imperial, ambiguous, text: text.slice(i, end) }, end };
  }
  return undefined;
}

/**
 * Two digits that abbreviate a year: after an apostrophe that follows no letter (class of '19) or
 * glued to two capitals after no letter (a fashion season: SS19, AW18).
 */
function isYearCode(text: string, start: number): boolean {
  const before = text[start - 1] ?? "";
  if (before === "'" || before === "\u2019") return !isLetter(text[start - 2]);
  return /^[A-Z]{2}$/.test(text.slice(start - 2, start)) && !isLetter(text[start - 3]);
}

/** A number starting at `start` (a digit not preceded by one). `inChain`: part of 12.03.2020. */
export function readNumber(text: string, profile: LocaleProfile, tables: NumberTables, start: number, inChain: boolean): NumberToken {
  const intEnd = readDigits(text, start);
  if (!inChain) {
    const time = readTime(text, start, intEnd, tables) ?? readClock(text, start, intEnd, tables);
    if (time) return time;
  }
  const groupedEnd = readGroups(text, profile, intEnd, intEnd - start);
  const integerDigits = text.slice(start, groupedEnd).replace(/\D/g, "");
  let end = groupedEnd;
  let values = [Number(integerDigits)];
  let timeCandidates: number[] | undefined;

  const separator = text[end];
  if (!inChain && (separator === "." || separator === ",") && isDigit(text[end + 1])) {
    const fractionEnd = readDigits(text, end + 1);
    const fraction = text.slice(end + 1, fractionEnd);
    const isChain = (text[fractionEnd] === "." || text[fractionEnd] === ",") && isDigit(text[fractionEnd + 1]);
    if (!isChain) {
      const decimal = Number(`${integerDigits}.${fraction}`);
      // Three digits after a lone separator may be a thousands group written the other locale's way.
      const grouped = fraction.length === 3 && groupedEnd === intEnd && intEnd - start <= 3 ? Number(integerDigits + fraction) : undefined;
      values = grouped === undefined ? [decimal] : profile.groupSeparators.includes(separator) ? [grouped, decimal] : [decimal, grouped];
      end = fractionEnd;
      if (separator === "." && fraction.length === 2 && intEnd - start <= 2 && Number(integerDigits) <= 23 && Number(fraction) <= 59) {
        timeCandidates = hourMinutes(Number(integerDigits), Number(fraction), undefined, tables.clock);
      }
    }
  }

  // Decades: 1990s, '90s, 90-х, 90-ті; and the 1700s, which is also the 18th century.
  const decade = groupedEnd === intEnd && end === intEnd && tables.decadeSuffix.test(text.slice(end, end + 5));
  if (decade && intEnd - start === 2) {
    const years = values[0];
    values = ["'", "\u2019"].includes(text[start - 1]) ? [1900 + years, 2000 + years, years] : [years, 1900 + years, 2000 + years];
  } else if (decade && intEnd - start === 4 && integerDigits.endsWith("00")) {
    values = [values[0], values[0] / 100 + 1];
  } else if (intEnd - start === 2 && end === intEnd && isYearCode(text, start)) {
    values = [values[0], 2000 + values[0], 1900 + values[0]];
  }

  const decimals = end > groupedEnd ? end - groupedEnd - 1 : 0;
  const trailingZeros = decimals ? 0 : integerDigits.length - trailingRunStart(integerDigits, "0");
  const precision = decimals ? 10 ** -decimals : 10 ** Math.min(trailingZeros, integerDigits.length - 1);
  const token: NumberToken = { text: "", start, end, values, precision, ...(timeCandidates ? { times: timeCandidates } : {}), ...(decade && intEnd - start === 2 ? { decade: true } : {}) };
  const scaleAt = skipSpace(text, end);
  const scaleWord = wordAt(text, scaleAt);
  const currencyWord = CURRENCY.includes(text[start - 1] ?? "x") ? wordAt(text, end) : undefined;
  const factor = (scaleWord && (tables.scales.get(scaleWord.word) ?? tables.scales.get(scaleWord.word.replace(/\.$/, "")))) || scaleAdjective(text, end, tables);
  const currencyFactor = currencyWord && tables.currencyScales.get(currencyWord.word.replace(/\.$/, ""));
  if (factor || currencyFactor) {
    token.scale = (factor || currencyFactor) as number;
    token.values = values.map((value) => value * (token.scale as number));
    token.precision = precision * token.scale;
    token.end = factor ? (scaleWord && tables.scales.has(scaleWord.word.replace(/\.$/, "")) ? scaleWord.end : wordEnd(text, end + 1)) : currencyWord!.end;
  }
  const unit = readUnit(text, token.end, tables);
  if (unit) {
    token.unit = unit.unit;
    token.end = unit.end;
  }
  token.text = text.slice(start, token.end);
  return token;
}
