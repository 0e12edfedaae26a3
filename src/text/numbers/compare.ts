/**
 * Pairs source and target numbers as multisets of values, in passes from the strongest evidence
 * to the weakest: digits by their likeliest value, digits by any value, anything with a word
 * number, and last unit conversions (385 miles ↔ 620 km) within the rounding a translator uses.
 * Linear in the count of numbers, but for the conversion pass, which only sees numbers with units.
 */
import { keysOf, valueKey, type NumberToken, type Unit } from "./token";

// Held in constants: the bundler turns a literal with \p{…} into `new RegExp` evaluated where it stands.
const HAS_LETTER = /\p{L}/u;

export interface Conversion {
  source: NumberToken;
  /** The value the translation should hold, in the target's unit. */
  expected: number;
  found: NumberToken;
}

export interface NumberComparison {
  /** Source numbers written with digits that the translation lacks. */
  missing: NumberToken[];
  /** Translation numbers written with digits that the source lacks. */
  extra: NumberToken[];
  /**
   * Numbers of a code name (G7, COVID-19, Q3) that the translation lacks together with the code's
   * letters: said in words (the Group of Seven) or dropped, which the digits cannot tell.
   */
  missingInName: NumberToken[];
  matched: Array<[NumberToken, NumberToken]>;
  /** Measurements converted to other units with a wrong value. */
  conversions: Conversion[];
}

const MAX_CONVERSION_PAIRS = 10_000;

type Filter = (token: NumberToken) => boolean;

/** 85 mph and 85 км/год share a value but not a measurement: the unit changed, the number did not. */
function sameMeasure(source: NumberToken, target: NumberToken): boolean {
  const a = source.unit;
  const b = target.unit;
  if (!a || !b || a.dimension !== b.dimension || a.ambiguous || b.ambiguous) return true;
  return Boolean(a.fahrenheit) === Boolean(b.fahrenheit) && Math.abs(a.factor - b.factor) <= 1e-9 * Math.max(a.factor, b.factor);
}

/** One pass: each source token takes the first unmatched target token sharing a key. */
function matchPass(
  sourceLeft: Set<NumberToken>,
  targetLeft: Set<NumberToken>,
  matched: Array<[NumberToken, NumberToken]>,
  keys: (token: NumberToken) => string[],
  sourceFilter: Filter,
  targetFilter: Filter,
): void {
  const byKey = new Map<string, { tokens: NumberToken[]; next: number }>();
  for (const token of targetLeft) {
    if (!targetFilter(token)) continue;
    for (const key of keys(token)) {
      const entry = byKey.get(key);
      if (entry) entry.tokens.push(token);
      else byKey.set(key, { tokens: [token], next: 0 });
    }
  }
  for (const token of sourceLeft) {
    if (!sourceFilter(token)) continue;
    for (const key of keys(token)) {
      const entry = byKey.get(key);
      if (!entry) continue;
      // A cursor per key keeps many equal numbers linear.
      while (entry.next < entry.tokens.length && !targetLeft.has(entry.tokens[entry.next])) entry.next++;
      let index = entry.next;
      while (index < entry.tokens.length && !(targetLeft.has(entry.tokens[index]) && sameMeasure(token, entry.tokens[index]))) index++;
      const partner = entry.tokens[index];
      if (partner) {
        matched.push([token, partner]);
        sourceLeft.delete(token);
        targetLeft.delete(partner);
        break;
      }
    }
  }
}

/** A measurement in base units (m, kg, km/h, m², l, °C); °F converts as a temperature and as a difference. */
function inBaseUnits(value: number, unit: Unit): number[] {
  if (unit.fahrenheit) return [((value - 32) * 5) / 9, (value * 5) / 9];
  return [value * unit.factor];
}

/** The rounding a translator may use: 5 %, or half the last significant digit they wrote. */
function closeEnough(expected: number, found: NumberToken): boolean {
  const value = Math.abs(found.values[0]);
  const unit = found.unit as Unit;
  const halfStep = (found.precision ?? 1) / 2;
  const foundBase = inBaseUnits(value, unit)[0];
  const tolerance = Math.max(Math.abs(expected) * 0.05, halfStep * (unit.fahrenheit ? 1 : unit.factor), unit.dimension === "temperature" ? 1 : 0);
  return Math.abs(Math.abs(foundBase) - Math.abs(expected)) <= tolerance;
}

function conversionPass(source: NumberToken[], matched: Array<[NumberToken, NumberToken]>, sourceLeft: Set<NumberToken>, targetLeft: Set<NumberToken>): Conversion[] {
  const measured = source.filter((token) => token.unit?.imperial);
  // Real paragraphs hold a few measurements; hostile ones are left to the plain passes.
  if (measured.length === 0 || measured.length * targetLeft.size > MAX_CONVERSION_PAIRS) return [];
  const wrong: Conversion[] = [];
  for (const target of [...targetLeft]) {
    // A measurement in words (двометровий) or in an ambiguous unit (г) may carry a conversion, but is never a wrong one.
    if (!target.unit || target.unit.imperial) continue;
    const candidates = measured.filter((token) => token.unit!.dimension === target.unit!.dimension);
    const partner = candidates.find((token) => sourceLeft.has(token) && inBaseUnits(token.values[0], token.unit!).some((base) => closeEnough(base, target)));
    // A gloss: "200 miles (322 km)" keeps the miles and adds the kilometres.
    const glossed = !partner && candidates.some((token) => !sourceLeft.has(token) && inBaseUnits(token.values[0], token.unit!).some((base) => closeEnough(base, target)));
    if (partner) {
      matched.push([partner, target]);
      sourceLeft.delete(partner);
      targetLeft.delete(target);
    } else if (glossed) {
      targetLeft.delete(target);
    } else if (!target.weak && !target.unit.ambiguous) {
      const unconverted = candidates.find((token) => sourceLeft.has(token));
      if (unconverted) {
        const expected = inBaseUnits(unconverted.values[0], unconverted.unit!)[0] / (target.unit.fahrenheit ? 1 : target.unit.factor);
        wrong.push({ source: unconverted, expected, found: target });
        sourceLeft.delete(unconverted);
        targetLeft.delete(target);
      }
    }
  }
  return wrong;
}

/**
 * "widespread 80s" ↔ "27 градусів": a two-digit decade with no unit is a band of °F temperatures
 * (80–89 °F) when the translation has a temperature in that band that nothing else explains.
 */
function fahrenheitBands(sourceLeft: Set<NumberToken>, targetLeft: Set<NumberToken>, matched: Array<[NumberToken, NumberToken]>): void {
  for (const source of [...sourceLeft]) {
    if (!source.decade || source.unit) continue;
    const low = Number(source.text.replace(/\D/g, ""));
    const partner = [...targetLeft].find((target) => {
      if (target.unit?.dimension !== "temperature" || target.unit.fahrenheit) return false;
      const fahrenheit = (target.values[0] * 9) / 5 + 32;
      return fahrenheit >= low - 1 && fahrenheit < low + 11;
    });
    if (partner) {
      matched.push([source, partner]);
      sourceLeft.delete(source);
      targetLeft.delete(partner);
    }
  }
}

/**
 * "45 miles (72 kilometers)" → "72 км": the source gave one measurement in two units; the
 * translation keeping one of them has lost nothing.
 */
function dropRedundantGlosses(sourceLeft: Set<NumberToken>, matched: Array<[NumberToken, NumberToken]>): void {
  for (const leftover of [...sourceLeft]) {
    const unit = leftover.unit;
    if (!unit) continue;
    const bases = inBaseUnits(leftover.values[0], unit);
    // Sources convert loosely themselves ("six meters (18 feet)"): twins agree within 10 %.
    const twin = matched.some(([kept]) => {
      if (!kept.unit || kept.unit.dimension !== unit.dimension || kept.unit.factor === unit.factor) return false;
      const keptBase = inBaseUnits(kept.values[0], kept.unit)[0];
      return bases.some((base) => Math.abs(base - keptBase) <= 0.1 * Math.max(Math.abs(base), Math.abs(keptBase)));
    });
    if (twin) sourceLeft.delete(leftover);
  }
}

/**
 * Number words left unpaired that say the same count of another scale (six million ↔ шість
 * мільярдів, millions ↔ мільярди): weak on their own, but a changed scale is an error.
 */
function rescaledWords(sourceLeft: ReadonlySet<NumberToken>, targetLeft: ReadonlySet<NumberToken>): Set<NumberToken> {
  const rescaled = new Set<NumberToken>();
  const mantissa = (token: NumberToken) => valueKey(token.values[0] / (token.scale as number));
  const targets = [...targetLeft].filter((token) => token.weak && token.scale);
  for (const source of sourceLeft) {
    if (!source.weak || !source.scale) continue;
    const partner = targets.find((target) => !rescaled.has(target) && target.scale !== source.scale && mantissa(target) === mantissa(source));
    if (partner) rescaled.add(source).add(partner);
  }
  return rescaled;
}

/**
 * `translation`, the target's text, lets a number of a name go missing where the translation
 * names the thing by a word (G7 → Велика сімка): the name's letters are not in it either.
 */
export function compareNumbers(source: NumberToken[], target: NumberToken[], translation?: string): NumberComparison {
  const matched: Array<[NumberToken, NumberToken]> = [];
  const sourceLeft = new Set(source);
  const targetLeft = new Set(target);
  const strong: Filter = (token) => !token.weak;
  const any: Filter = () => true;
  const firstKey = (token: NumberToken) => keysOf(token).slice(0, 1);
  matchPass(sourceLeft, targetLeft, matched, firstKey, strong, strong);
  matchPass(sourceLeft, targetLeft, matched, keysOf, strong, strong);
  matchPass(sourceLeft, targetLeft, matched, keysOf, any, any);
  const conversions = conversionPass(source, matched, sourceLeft, targetLeft);
  fahrenheitBands(sourceLeft, targetLeft, matched);
  dropRedundantGlosses(sourceLeft, matched);
  const rescaled = rescaledWords(sourceLeft, targetLeft);
  const matchedKeys = new Set(matched.flatMap(([, partner]) => keysOf(partner)));
  // A number repeated as a gloss in parentheses ("60 Minutes (60 хвилин)") adds nothing new.
  const extra = [...targetLeft].filter((token) => rescaled.has(token) || (strong(token) && !(token.parenthetical && keysOf(token).some((key) => matchedKeys.has(key)))));
  // Lower-cased only for a token with a name: most tokens have none.
  let lowerTranslation: string | undefined;
  // Beside another number, the name's number was changed; with the name's letters kept (HER2 → HER), it was dropped.
  const saidInWords = (token: NumberToken) => token.name !== undefined && translation !== undefined && extra.length === 0 && !(lowerTranslation ??= translation.toLowerCase()).includes(token.name.toLowerCase());
  return {
    missing: [...sourceLeft].filter((token) => (strong(token) && !saidInWords(token)) || rescaled.has(token)),
    extra,
    // A digit idiom (24/7 → цілодобово) is said in words as a rule; a code's letters and number are one name.
    missingInName: [...sourceLeft].filter((token) => strong(token) && saidInWords(token) && !rescaled.has(token) && HAS_LETTER.test(token.name!)),
    matched,
    conversions,
  };
}
