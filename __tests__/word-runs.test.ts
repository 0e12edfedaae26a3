/** wordRuns, the char-code reading of words, finds what the regular expressions it replaces match. */
import fc from "fast-check";
import { APOSTROPHE, DIGIT, LETTER, MARK, wordRuns } from "../src/text/word-runs";

const viaRegex = (text: string, regex: RegExp) => [...text.matchAll(regex)].flatMap((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length]);

const cases: Array<[string, number, number, RegExp]> = [
  ["letters and apostrophes, at most 64", LETTER | APOSTROPHE, 64, /[\p{L}'’ʼ]{1,64}/gu],
  ["letters, marks and apostrophes", LETTER | MARK | APOSTROPHE, 64, /[\p{L}\p{M}'’ʼ]{1,64}/gu],
  ["letters, digits and apostrophes, unbounded", LETTER | DIGIT | APOSTROPHE, Infinity, /[\p{L}\p{N}'ʼ’]+/gu],
];
const pieces = ["a", "Z", "і", "ы", "Ё", "е\u0301", "'", "’", "ʼ", "-", ".", " ", "\u00A0", "5", "٣", "Ⅻ", "ß", "ǅ", "x".repeat(70), "д".repeat(65), "\u{1D400}", "\uD835", "\uDC00"];
const text = fc.oneof(fc.string({ unit: "grapheme", maxLength: 120 }), fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((parts) => parts.join("")));

/** Texts with no surrogate: wordRuns reads them by char code (with one, it asks the regex it is given). */
const plain = fc.array(fc.constantFrom(...pieces.filter((piece) => !/[\uD800-\uDFFF]/.test(piece))), { maxLength: 40 }).map((parts) => parts.join(""));

describe("wordRuns", () => {
  test.each(cases)("%s: the offsets the regex gives", (_name, mask, max, regex) => {
    fc.assert(fc.property(text, (t) => expect(wordRuns(t, mask, max, regex)).toEqual(viaRegex(t, regex))), { numRuns: 400 });
  });

  test.each(cases)("%s: the offsets the regex gives, read by char code", (_name, mask, max, regex) => {
    fc.assert(fc.property(plain, (t) => expect(wordRuns(t, mask, max, regex)).toEqual(viaRegex(t, regex))), { numRuns: 400 });
  });

  test("cuts a long run into pieces and keeps combining marks only when asked", () => {
    expect(wordRuns(`${"a".repeat(70)} b`, LETTER, 64, /\p{L}{1,64}/gu)).toEqual([0, 64, 64, 70, 71, 72]);
    expect(wordRuns("ди\u0301вно", LETTER, Infinity, /\p{L}+/gu)).toEqual([0, 2, 3, 6]);
    expect(wordRuns("ди\u0301вно", LETTER | MARK, Infinity, /[\p{L}\p{M}]+/gu)).toEqual([0, 6]);
  });
});
