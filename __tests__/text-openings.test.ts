/**
 * The char-code filters that let readers pass over words: the first two units of a set of forms,
 * the last word of a quotation found from the end, the script of one unit from a table, and word
 * runs of a text whose surrogate stands late.
 */
import fc from "fast-check";
import { normalizeWord } from "../src/text/numbers/tables";
import { mayOpen, openingsOf } from "../src/text/openings";
import { lastWordOf } from "../src/text/quote-length";
import { scriptOfUnit } from "../src/text/script";
import { APOSTROPHE, LETTER, MARK, wordRuns } from "../src/text/word-runs";

const forms = ["два", "двісті", "п'ять", "і", "twenty", "a", "xviii"];
const openings = openingsOf(forms);

/** What mayOpen may not rule out: the lower case begins a form, or without its final dot is one. */
function opensAForm(word: string): boolean {
  const lower = normalizeWord(word);
  const bare = lower.endsWith(".") ? lower.slice(0, -1) : lower;
  return forms.some((form) => lower.startsWith(form) || bare === form);
}

describe("openings of word forms", () => {
  it("keeps the first unit and the pairs of two", () => {
    expect(openings.firsts["д".charCodeAt(0)]).toBe(1);
    expect(openings.firsts["і".charCodeAt(0)]).toBe(2);
    expect(openings.firsts["b".charCodeAt(0)]).toBe(0);
    expect([...openings.pairs].sort((x, y) => x - y)).toEqual(
      ["дв", "п'", "tw", "xv"].map((pair) => pair.charCodeAt(0) * 0x10000 + pair.charCodeAt(1)).sort((x, y) => x - y),
    );
  });

  it.each([
    ["Двометровий", true],
    ["дерево", false],
    ["П’ятниця", true],
    ["Пятниця", false],
    ["Іван", true],
    ["Twelve", true],
    ["Tree", false],
    ["Twentieth", true],
    ["apple", true],
    ["д", false],
    ["ба", false],
    ["XVIII", true],
    ["İx", true],
    ["\u{1D400}b", true],
    ["tΣ", true],
  ])("%s: %s", (word, expected) => {
    expect(mayOpen(openings, `(${word})`, 1, 1 + word.length)).toBe(expected);
  });

  it("rules out only words that begin no form", () => {
    const unit = fc.constantFrom("д", "Д", "в", "і", "І", "п", "'", "’", "ʼ", "я", "t", "T", "w", "a", "A", "x", "X", "v", "b", ".", "İ", "Σ", "\u{1D400}");
    fc.assert(
      fc.property(fc.array(unit, { minLength: 1, maxLength: 6 }), (units) => {
        const word = units.join("");
        if (!mayOpen(openings, word, 0, word.length)) expect(opensAForm(word)).toBe(false);
      }),
      { numRuns: 3000 },
    );
  });
});

const LAST_WORD = /[\p{L}'’ʼ-]{1,64}(?=[^\p{L}\p{N}]*$)/u;

describe("the last word of a quotation", () => {
  it.each([
    ["and he said to", "to"],
    ["— сказав він, — і", "і"],
    ["in 2020", ""],
    ["in 2020 -", "-"],
    ["a 5'", "'"],
    ["", ""],
    ["42", ""],
    ["rock-'n'-roll!", "rock-'n'-roll"],
    [`${"x".repeat(70)}.`, "x".repeat(64)],
    [`${"x".repeat(70)}-'`, "x".repeat(64)],
    [`${"x".repeat(60)}-'`, `${"x".repeat(60)}-'`],
  ])("%j → %j", (text, expected) => {
    expect(lastWordOf(text)).toBe(expected);
  });

  it("finds what the expression finds", () => {
    const piece = fc.constantFrom("a", "Б", "é", "e\u0301", "'", "’", "ʼ", "-", " ", ".", "5", "٣", "\u{1D400}", "x".repeat(30), "»", "—");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join("");
        expect(lastWordOf(text)).toBe(LAST_WORD.exec(text)?.[0] ?? "");
      }),
      { numRuns: 5000 },
    );
  });
});

describe("the script of one unit", () => {
  it("is the unit's script by ranges, then by Unicode property, for every unit asked twice (the second from the table)", () => {
    const latin = /\p{Script=Latin}/u;
    const cyrillic = /\p{Script=Cyrillic}/u;
    for (let round = 0; round < 2; round += 1) {
      for (let code = 0; code < 0x10000; code += 1) {
        const unit = String.fromCharCode(code);
        // The ranges first (ASCII letters, the Cyrillic block, nothing else below U+00C0), then the property.
        const ascii = (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
        const expected = ascii ? 1 : code >= 0x400 && code <= 0x4ff ? 2 : code < 0xc0 ? 0 : latin.test(unit) ? 1 : cyrillic.test(unit) ? 2 : 0;
        if (scriptOfUnit(code) !== expected) throw new Error(`U+${code.toString(16)}: ${scriptOfUnit(code)} ≠ ${expected}`);
      }
    }
    expect([scriptOfUnit(0x61), scriptOfUnit(0x44f), scriptOfUnit(0x20), scriptOfUnit(0xe9), scriptOfUnit(0x1d00), scriptOfUnit(0x2de0), scriptOfUnit(0xaa), scriptOfUnit(0x485)]).toEqual([1, 2, 0, 1, 1, 2, 0, 2]);
  });
});

describe("word runs of a text with a late surrogate", () => {
  it("reads it with the expressions for every mask", () => {
    const text = `Слово word ${"a".repeat(10)} \u{1D400}b`;
    const narrow = /[\p{L}'’ʼ]{1,64}/gu;
    const wide = /[\p{L}\p{M}'’ʼ]{1,4}/gu;
    const expected = (re: RegExp) => [...text.matchAll(re)].flatMap((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length]);
    expect(wordRuns(text, LETTER | APOSTROPHE, 64, narrow)).toEqual(expected(narrow));
    expect(wordRuns(text, LETTER | MARK | APOSTROPHE, 4, wide)).toEqual(expected(wide));
    expect(wordRuns(text, LETTER | APOSTROPHE, 64, narrow)).toEqual([0, 5, 6, 10, 11, 21, 22, 25]);
  });
});
