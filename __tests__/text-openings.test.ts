/** The char-code filter that lets readers pass over words: the first two units of a set of forms. */
import fc from "fast-check";
import { normalizeWord } from "../src/text/numbers/tables";
import { mayOpen, openingsOf } from "../src/text/openings";

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
