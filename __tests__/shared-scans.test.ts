/**
 * The scans rewritten for speed find what the expressions they replaced found: whitespace's runs of
 * spaces, mixed-script's words, the word-run cache that readers of one text share, number keys.
 */
import fc from "fast-check";
import mixedScript from "../src/rules/mixed-script";
import whitespace from "../src/rules/whitespace";
import type { Report, RuleContext } from "../src/rules/rule";
import { keysOf, valueKey } from "../src/text/numbers";
import { scriptOf } from "../src/text/script";
import { APOSTROPHE, DIGIT, HYPHEN, LETTER, MARK, wordRuns } from "../src/text/word-runs";

const pieces = ["a", "Z", "і", "Ё", "е\u0301", "'", "’", "-", ".", ",", "!", "?", ";", ":", " ", "  ", "   ", "\t", "\n", "\u00A0", "5", "»", "”", '"', ")", "(", "x".repeat(70), "\u{1D400}", "\u{10780}", "\uD835", "\uDC00", "Трамп", "Тpамп", "NАTO", "iPhoneЯ", "рeкорд"];
const text = fc.oneof(fc.string({ unit: "grapheme", maxLength: 80 }), fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((parts) => parts.join("")));
/** Texts with no surrogate: the readers then take their char-code path, not the expressions they fall back to. */
const plain = fc.array(fc.constantFrom(...pieces.filter((piece) => !/[\uD800-\uDFFF]/.test(piece))), { maxLength: 40 }).map((parts) => parts.join(""));

/** whitespace's places as its two expressions found them. */
function byRegex(t: string): Array<[string, number, number]> {
  const found: Array<[string, number, number]> = [];
  for (const m of t.matchAll(/(?<=\S) {2,}(?=\S)/g)) found.push(["doubled", m.index ?? 0, (m.index ?? 0) + m[0].length]);
  for (const m of t.matchAll(/(?<=[\p{L}\p{N}»”"')]) +(?=[,.;:!?](?:\s|$))/gu)) found.push(["beforePunctuation", m.index ?? 0, (m.index ?? 0) + m[0].length]);
  return found;
}

function whitespacePlaces(t: string): Array<[string, number, number]> {
  const reports: Report[] = [];
  // A source without spaces: every problem of the translation counts.
  whitespace.checkCatalog!({ pairs: [{ source: { key: "k", text: "Source." }, target: { key: "k", text: t } }], report: (entry: Report) => reports.push(entry) } as never);
  return reports.map((r): [string, number, number] => [r.messageId.replace(/Habit$/, ""), r.range!.start, r.range!.end]).filter(([kind]) => kind !== "edges");
}

/** mixed-script's words as its expression over the text found them. */
function mixedByRegex(t: string): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  for (const match of t.matchAll(/[\p{L}'’ʼ]{2,64}/gu)) {
    let latin = 0;
    let cyrillic = 0;
    for (const ch of match[0]) {
      const script = scriptOf(ch.charCodeAt(0), ch);
      if (script === 1) latin++;
      else if (script === 2) cyrillic++;
    }
    if (latin > 0 && cyrillic > 0) found.push([match.index ?? 0, (match.index ?? 0) + match[0].length]);
  }
  return found;
}

describe("rewritten scans", () => {
  test("whitespace finds the doubled spaces and the spaces before punctuation its expressions found", () => {
    fc.assert(
      fc.property(text, (t) => {
        if (t.trim() === "") return;
        expect(whitespacePlaces(t).sort()).toEqual(byRegex(t).sort());
      }),
      { numRuns: 1500 },
    );
    expect(whitespacePlaces("Трамп  виступив , сказав він .")).toEqual([["doubled", 5, 7], ["beforePunctuation", 15, 16], ["beforePunctuation", 28, 29]]);
    expect(whitespacePlaces("𝐀 ! and a  \tb , c")).toEqual([["beforePunctuation", 2, 3], ["beforePunctuation", 14, 15]]);
  });

  test("mixed-script reads the words its expression read", () => {
    fc.assert(
      fc.property(text, (t) => {
        const reports: Report[] = [];
        mixedScript.check!({ target: { key: "k", text: t }, report: (entry: Report) => reports.push(entry) } as unknown as RuleContext);
        const words = mixedByRegex(t);
        for (const r of reports) expect(words).toContainEqual([r.range!.start, r.range!.end]);
      }),
      { numRuns: 1500 },
    );
    const reports: Report[] = [];
    mixedScript.check!({ target: { key: "k", text: "Тpамп і NАTO, iPhoneЯ" }, report: (entry: Report) => reports.push(entry) } as unknown as RuleContext);
    expect(reports.map((r) => r.data?.word)).toEqual(["Тpамп", "NАTO"]);
  });

  test("word runs asked of one text with several classes and cuts, in any order, are each the expression's", () => {
    const asks: Array<[number, number, RegExp]> = [
      [LETTER | APOSTROPHE, 64, /[\p{L}'’ʼ]{1,64}/gu],
      [LETTER | APOSTROPHE, 40, /[\p{L}'’ʼ]{1,40}/gu],
      [LETTER | APOSTROPHE, Infinity, /[\p{L}'’ʼ]+/gu],
      [LETTER | MARK | APOSTROPHE, 64, /[\p{L}\p{M}'’ʼ]{1,64}/gu],
      [LETTER | MARK | APOSTROPHE | HYPHEN, 64, /[\p{L}\p{M}'’ʼ-]{1,64}/gu],
      [LETTER | DIGIT | APOSTROPHE, Infinity, /[\p{L}\p{N}'’ʼ]+/gu],
    ];
    const viaRegex = (t: string, regex: RegExp) => [...t.matchAll(regex)].flatMap((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length]);
    fc.assert(
      fc.property(fc.array(fc.oneof(text, plain), { minLength: 1, maxLength: 3 }), fc.array(fc.nat(asks.length - 1), { minLength: 1, maxLength: 8 }), (texts, order) => {
        for (const t of texts) {
          for (const k of order) expect(wordRuns(t, asks[k][0], asks[k][1], asks[k][2])).toEqual(viaRegex(t, asks[k][2]));
          // The same text as another string object.
          const copy = `${t} `.slice(0, -1);
          for (const k of order) expect(wordRuns(copy, asks[k][0], asks[k][1], asks[k][2])).toEqual(viaRegex(copy, asks[k][2]));
        }
      }),
      { numRuns: 500 },
    );
  });

  test("number keys: whole values as written, others rounded to 12 digits, times first", () => {
    fc.assert(fc.property(fc.oneof(fc.double(), fc.integer(), fc.double({ min: -1e13, max: 1e13 })), (v) => expect(valueKey(v)).toBe(String(Number(v.toPrecision(12))))), { numRuns: 5000 });
    expect(valueKey(1.1 * 1e6)).toBe("1100000");
    expect(valueKey(-0)).toBe("0");
    const token = { text: "7", start: 0, end: 1, values: [7, 0.1 + 0.2] };
    expect(keysOf(token)).toEqual(["n:7", "n:0.3"]);
    expect(keysOf({ ...token, values: [19] })).toEqual(["n:19"]);
    expect(keysOf({ ...token, times: [1140] })).toEqual(["t:1140", "n:7", "n:0.3"]);
  });
});
