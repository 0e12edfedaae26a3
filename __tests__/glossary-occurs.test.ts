/**
 * glossary-term finds a term by char code: where it occurs with no letter or number before it (and
 * after it, for the source's term), exactly where the Unicode-property pattern it replaces matches.
 */
import fc from "fast-check";
import { escapeRegExp } from "../src/text/escape";
import { occursAlone } from "../src/rules/glossary-term";

function byPattern(text: string, part: string, whole: boolean): boolean {
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(part)}${whole ? "(?![\\p{L}\\p{N}])" : ""}`, "u").test(text);
}

const cases: Array<[string, string, boolean, boolean]> = [
  ["NATO said", "NATO", true, true],
  ["NATOs said", "NATO", true, false],
  ["the NATOs", "NATO", false, true],
  ["xNATO", "NATO", false, false],
  ["2NATO", "NATO", false, false],
  ["²NATO", "NATO", false, false],
  ["(NATO)", "NATO", true, true],
  ["гренландії та", "гренланд", false, true],
  ["північногренландії", "гренланд", false, false],
  ["C++ and C+", "C++", true, true],
  ["a.b", "a.b", true, true],
  ["axb", "a.b", true, false],
  ["NATO, NATOs", "NATO", true, true],
  ["NATOs, xNATO", "NATO", true, false],
  ["emoji 😀NATO", "NATO", true, true],
  ["𝐀NATO", "NATO", true, false],
  ["", "", true, true],
  ["ab", "", true, false],
  ["a b", "", false, true],
];

test.each(cases)("%j has %j alone (whole: %s): %s", (text, part, whole, expected) => {
  expect(byPattern(text, part, whole)).toBe(expected);
  expect(occursAlone(text, part, whole)).toBe(expected);
});

const units = ["N", "A", "T", "O", "a", "1", "²", " ", ",", "-", ".", "+", "(", "і", "Г", "ʼ", "\u0301", "😀", "\uD835", "\uDC00", "_"];

// With a surrogate in either text the rule asks the pattern itself; without, it reads char codes, which is what this compares.
test.each([
  ["any text", units],
  ["text with no surrogate (read by char code)", units.filter((unit) => !/[\uD800-\uDFFF]/.test(unit))],
])("on %s, what the pattern finds", (_name, from) => {
  const text = fc.array(fc.constantFrom(...from), { maxLength: 12 }).map((parts) => parts.join(""));
  fc.assert(
    fc.property(text, text, fc.boolean(), (haystack, part, whole) => {
      expect(occursAlone(haystack, part, whole)).toBe(byPattern(haystack, part, whole));
    }),
    { numRuns: Number(process.env.FUZZ_RUNS ?? 3000) },
  );
});
