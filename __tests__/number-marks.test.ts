/** A quote mark right after a number: inches or feet, or the close of a quotation. */
import { extractNumbers, profiles } from "../src";

const units = (text: string) => extractNumbers(text, profiles.en).map((n) => [n.text, n.unit?.text ?? null]);

test.each([
  ['He bought a 27" monitor.', [['27"', '"']]],
  ["a 6′ wall and a 27” monitor", [["6′", "′"], ["27”", "”"]]],
  ["It's a 6' wall", [["6'", "'"]]],
  ["“The answer was 42” and he left.", [["42", null]]],
  ["'Give me 5' she said, and left.", [["5", null]]],
  ['"It costs 30" he said.', [["30", null]]],
  ["‘Take 2’ she said.", [["2", null]]],
])("%s", (text, expected) => {
  expect(units(text)).toEqual(expected);
});

test("a paragraph of marks after numbers is read in one pass", () => {
  const text = '1" a '.repeat(50_000);
  expect(extractNumbers(text, profiles.en).length).toBe(50_000);
});
