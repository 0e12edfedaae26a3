/** A number found in text, with every value its spelling can mean. */
import type { Dimension } from "../locales";

export interface Unit {
  dimension: Dimension;
  /** Base units (m, kg, km/h, m², l, °C) per unit. */
  factor: number;
  fahrenheit?: boolean;
  imperial?: boolean;
  ambiguous?: boolean;
  /** The unit as written. */
  text: string;
}

export interface NumberToken {
  /** The number as written, scale word and unit included ("2,5 млрд", "385 miles"). */
  text: string;
  start: number;
  end: number;
  /** Every numeric value the spelling can mean, most likely first ("1,250" in uk: 1.25, then 1250). */
  values: number[];
  /** Minutes after midnight, when the token is a time of day (7 p.m. → 1140). */
  times?: number[];
  /** Number words, month names, Roman numerals: they match digits, but one without a counterpart is no error. */
  weak?: boolean;
  unit?: Unit;
  /** The factor of its scale word (2 млн → 1e6). */
  scale?: number;
  /** The step of the last digit written, in the token's unit: 0.1 for "1,5", 10 for "620", 0.01 for "1 м 82 см". */
  precision?: number;
  /** Two digits read as a decade (the 80s, 90-х): in a weather report also a band of °F temperatures. */
  decade?: boolean;
  /**
   * The name or code written with capitals that the digits belong to (COVID of COVID-19, G of G7),
   * or the idiom (24/7): a translation may name the thing by a word (Велика сімка, цілодобово).
   */
  name?: string;
  /** Inside parentheses: a gloss such as "200 miles (322 km)". */
  parenthetical?: boolean;
}

/** Values are compared after rounding away binary noise (1.1 × 10⁶ = 1100000.0000000002). */
export function valueKey(value: number): string {
  // A whole number of up to 12 digits is its own rounding: toPrecision is the slow part.
  if (Number.isInteger(value) && Math.abs(value) < 1e12) return String(value);
  return String(Number(value.toPrecision(12)));
}

/** The keys of tokens without times, by their values list: the aligner and every pairing ask again. Read them, never change them. */
const keysByValues = new WeakMap<number[], string[]>();

/** The hashable keys of a token: times first, then values. */
export function keysOf(token: NumberToken): string[] {
  if (token.times === undefined) {
    let keys = keysByValues.get(token.values);
    if (keys === undefined) keysByValues.set(token.values, (keys = token.values.map((value) => `n:${valueKey(value)}`)));
    return keys;
  }
  const keys = token.times.map((minutes) => `t:${minutes}`);
  for (const value of token.values) keys.push(`n:${valueKey(value)}`);
  return keys;
}
