/**
 * The single-pass rewrites of end-anchored regular expressions give what the regular expressions
 * gave (each old pattern is kept here as the oracle), and hostile shapes come out right. Not
 * timed: speed is measured by `npm run bench:hostile`.
 */
import fc from "fast-check";
import { runRule } from "./helpers";
import { catalogOf } from "./helpers";
import { locate } from "../src/engine/location";
import { finalMark } from "../src/rules/end-punctuation";
import { extractNumbers } from "../src/text/numbers";
import { profileFor } from "../src/engine/profiles";
import { trailingRunStart } from "../src/text/runs";

const runs = Number(process.env.FUZZ_RUNS ?? 300);
const textOf = (alphabet: string[], maxLength = 24) => fc.array(fc.constantFrom(...alphabet), { maxLength }).map((chars) => chars.join(""));

/** end-punctuation's finalMark as it was: one regular expression anchored at the end. */
function regexMarkOf(trimmed: string): string {
  const match = /([.!?\u2026]?)([»"”“’'\])} \u00A0]*)([.!?\u2026]?)$/u.exec(trimmed);
  if (!match) return trimmed.slice(-1);
  const [whole, inner, , outer] = match;
  if (inner) return inner;
  if (outer) return outer;
  return trimmed.slice(0, trimmed.length - whole.length).slice(-1) || trimmed.slice(-1);
}

/** The final mark by regular expressions: through closers and spaces, and through a comma or dash after them when a mark stands inside. */
function oldFinalMark(text: string): string {
  const trimmed = text.trimEnd();
  const continued = /^(.*?[.!?\u2026»"”“’'\])}])[,;:\u2014\u2013 \u00A0]+$/su.exec(trimmed);
  const mark = continued ? regexMarkOf(continued[1]) : undefined;
  return mark !== undefined && ".!?\u2026".includes(mark) && mark !== "" ? mark : regexMarkOf(trimmed);
}

/** whitespace's problems as they were, with `/[ \t]+$/` for the trailing spaces. */
function oldWhitespaceProblems(text: string): Array<[string, number, number]> {
  const found: Array<[string, number, number]> = [];
  const lead = /^[ \t]+/.exec(text);
  if (lead) found.push(["edges", 0, lead[0].length]);
  const trail = /[ \t]+$/.exec(text);
  if (trail) found.push(["edges", trail.index, text.length]);
  for (const m of text.matchAll(/(?<=\S) {2,}(?=\S)/g)) found.push(["doubled", m.index ?? 0, (m.index ?? 0) + m[0].length]);
  for (const m of text.matchAll(/(?<=[\p{L}\p{N}»”"')]) +(?=[,.;:!?](?:\s|$))/gu)) found.push(["beforePunctuation", m.index ?? 0, (m.index ?? 0) + m[0].length]);
  return found;
}

/** The engine's walk from a value's start to a decoded offset, as it was (linear per finding). */
function oldRawOffsets(content: string, valueOffset: number, valueLength: number, range: { start: number; end: number }): [number, number] {
  let raw = valueOffset + 1;
  const rawEnd = valueOffset + valueLength - 1;
  let decoded = 0;
  let start = -1;
  while (raw < rawEnd) {
    if (decoded >= range.start && start < 0) start = raw;
    if (decoded >= range.end) return [start, raw];
    raw += content[raw] === "\\" ? (content[raw + 1] === "u" ? 6 : 2) : 1;
    decoded++;
  }
  return [start < 0 ? raw : start, raw];
}

describe("trailingRunStart", () => {
  test("equals the start of /[…]+$/ (or the end)", () => {
    fc.assert(
      fc.property(textOf([" ", "\t", "a", "0", ")", "»"]), (text) => {
        const expected = /[ \t]+$/.exec(text)?.index ?? text.length;
        expect(trailingRunStart(text, " \t")).toBe(expected);
        expect(text.length - trailingRunStart(text, "0")).toBe(/0*$/.exec(text)![0].length);
      }),
      { numRuns: runs },
    );
  });
});

describe("end-punctuation's final mark", () => {
  const alphabet = ["a", "я", "1", " ", ".", "!", "?", "\u2026", "»", '"', "”", "“", "’", "'", "]", ")", "}", "(", "«", ",", "\n", "\u2014", ";"];
  test("equals the regular expression's on any short text", () => {
    fc.assert(fc.property(textOf(alphabet), (text) => expect(finalMark(text)).toBe(oldFinalMark(text))), { numRuns: runs * 10 });
  });

  test.each([
    ["Він сказав: «Ні?».", "?"],
    ["(Arctic Resilience).", "."],
    ["«Так», — сказав він", "н"],
    ["Кінець))", "ь"],
    ["", ""],
    ["?", "?"],
    ["«Чому він пішов?», —", "?"],
    ["Чому він пішов? \"", "?"],
    [",", ","],
  ])("reads %j as %j", (text, mark) => {
    expect(finalMark(text)).toBe(mark);
    expect(oldFinalMark(text)).toBe(mark);
  });

  test("reads through 100,000 closing brackets before a letter", () => {
    expect(finalMark(`Кінець ${")".repeat(100_000)}x`)).toBe("x");
    expect(finalMark(`Кінець?${")".repeat(100_000)}`)).toBe("?");
  });

  test("the rule's findings on a hostile run of closers", () => {
    const findings = runRule("end-punctuation", { p1: "It ends here, as it should." }, { p1: `Кінець ${")".repeat(100_000)}x` }, "uk");
    expect(findings.map((f) => f.messageId)).toEqual(["unfinished"]);
  });
});

describe("whitespace's trailing spaces", () => {
  const alphabet = [" ", "\t", "a", "я", ",", ".", "!", "»", ")"];
  test("the rule reports what the regular expressions reported", () => {
    fc.assert(
      fc.property(textOf(alphabet), (text) => {
        fc.pre(text.trim() !== "");
        const findings = runRule("whitespace", { p1: "Plain source text" }, { p1: text }, "uk");
        expect(findings.map((f) => [f.messageId, f.range!.start, f.range!.end])).toEqual(oldWhitespaceProblems(text));
      }),
      { numRuns: runs },
    );
  });

  test.each(["uk", "ru"])("100,000 spaces inside a paragraph are one doubled space, not an edge [%s]", (locale) => {
    const text = `Слово${" ".repeat(100_000)}x`;
    const findings = runRule("whitespace", { p1: "Plain source text" }, { p1: text }, locale);
    expect(findings.map((f) => [f.messageId, f.range!.start, f.range!.end])).toEqual([["doubled", 5, 100_005]]);
  });
});

describe("the digit reader's trailing zeros", () => {
  const uk = profileFor("uk");
  test("precision follows the zeros the regular expression counted", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[1-9][0-9]{0,11}$/), (digits) => {
        const zeros = /0*$/.exec(digits)![0].length;
        expect(extractNumbers(digits, uk)[0].precision).toBe(10 ** Math.min(zeros, digits.length - 1));
      }),
      { numRuns: runs },
    );
  });

  test("1, 100,000 zeros, 1 is read as one number of precision 1", () => {
    const tokens = extractNumbers(`1${"0".repeat(100_000)}1`, uk);
    expect(tokens).toHaveLength(1);
    expect(tokens[0].precision).toBe(1);
  });
});

describe("positions of findings in long values", () => {
  const pieces = ["a", "я", "\n", '"', "\\", "\u00ab", "\u0001", "\ud83d\ude00", "\u2028"];
  test("file offsets equal the walk from the value's start, through every escape", () => {
    fc.assert(
      fc.property(textOf(pieces, 30), fc.nat(40), fc.nat(40), (text, a, b) => {
        const catalog = catalogOf("uk", { p1: text });
        const paragraph = catalog.paragraphs[0];
        const range = { start: Math.min(a, b, text.length), end: Math.min(Math.max(a, b), text.length) };
        const [start, end] = oldRawOffsets(catalog.content, paragraph.valueOffset, paragraph.valueLength, range);
        const lineStart = (offset: number) => catalog.content.lastIndexOf("\n", offset - 1) + 1;
        const expected = {
          line: catalog.content.slice(0, start).split("\n").length,
          column: start - lineStart(start) + 1,
          endLine: catalog.content.slice(0, end).split("\n").length,
          endColumn: end - lineStart(end) + 1,
        };
        expect(locate(catalog, paragraph, range)).toEqual(expected);
      }),
      { numRuns: runs },
    );
  });
});

describe("a paragraph with a finding per character", () => {
  test.each(["uk", "ru"])("keeps 100 findings of a rule and counts the rest in the last one [%s]", (locale) => {
    const findings = runRule("quote-unbalanced", { p1: "A short paragraph." }, { p1: "«".repeat(50_000) }, locale);
    expect(findings).toHaveLength(100);
    expect(findings.map((f) => f.column)).toEqual(Array.from({ length: 100 }, (_, i) => 10 + i));
    expect(findings[98].message).toBe("Quotation mark « is opened but never closed");
    expect(findings[99].message).toBe("Quotation mark « is opened but never closed (and 49,900 more like it in this paragraph, not listed)");
  });

  test("fewer than the cap are all listed, unchanged", () => {
    const findings = runRule("quote-unbalanced", { p1: "A short paragraph." }, { p1: "«".repeat(100) }, "uk");
    expect(findings).toHaveLength(100);
    expect(findings.every((f) => f.message === "Quotation mark « is opened but never closed")).toBe(true);
  });
});
