/**
 * The aligner's features and costs read the faster way give the same values as before: the order
 * of terms by their heads, a paragraph's end and punctuation, the learned length model, and merge
 * and split costs kept by position (src/text/align/features.ts, score.ts). The expected values are
 * those of the code before the change.
 */
import { featuresOf, PairScorer, TermWeights, type Features } from "../src/text/align";
import { termHead } from "../src/text/align/features";
import { profiles } from "../src/text/locales";
import { termSkeletons } from "../src/text/names";
import { extractNumbers } from "../src/text/numbers";
import { extractQuotes } from "../src/text/quotes";
import { countSentences } from "../src/text/sentences";

function featuresOfTexts(texts: string[], locale: "en" | "uk"): Features[] {
  const profile = profiles[locale];
  return texts.map((text, i) => featuresOf(`p${i}`, i, text, extractNumbers(text, profile), extractQuotes(text, profile), countSentences(text, profile), profile));
}

/** Features with only a length: what the length model is learned from. */
const lengthOnly = (length: number, position: number): Features => ({
  key: `p${position}`,
  position,
  length,
  numbers: [],
  hints: [],
  names: [],
  cognates: [],
  terms: [],
  heads: new Int32Array(0),
  stems: new Int32Array(0),
  quotations: 0,
  quoteShape: 0,
  punctuation: [0, 0, 0, 0, 0],
  sentences: 1,
  terminal: true,
});

describe("features", () => {
  test("names then cognates out of head order are put in order, stably, and stems told own or not by them", () => {
    const [f] = featuresOfTexts(["Zelensky told Biden and Anthony Blinken that Kyiv, Washington and Brussels agree on sanctions, negotiations and weapons."], "en");
    expect(f.terms).toEqual(["bdn", "blnkn", "brsls", "ngtns", "ntn", "slnsk", "snktns", "vpns", "vsngtn"]);
    expect([...f.heads]).toEqual([97388, 97636, 97827, 109019, 109416, 113973, 114032, 116980, 117073]);
    expect([...f.stems]).toEqual([194776, 195272, 195654, 218038, 218832, 227946, 228064, 229849, 233960, 234146]);
  });

  test("more terms than an insertion puts in order are sorted, in the same order", () => {
    const consonants = "bdfgklmnprstvz";
    const at = (k: number) => consonants[k % consonants.length];
    // Heads out of order: the first consonant turns fastest.
    const words = Array.from({ length: 100 }, (_, k) => `${at(k).toUpperCase()}a${at(Math.floor(k / 14) + 1)}o${at(Math.floor(k / 7) + 3)}ur`);
    // Ten more with the heads of the first ten: terms of one head keep the order they were written in.
    const text = `It was said by ${[...words, ...words.slice(0, 10).map((word) => `${word}et`)].join(" and ")}.`;
    const [f] = featuresOfTexts([text], "en");
    expect(f.terms.length).toBeGreaterThan(64);
    // Names then cognates as written, in a stable sort by head.
    const { names, cognates } = termSkeletons(text, profiles.en);
    const expected = [...names, ...cognates].sort((a, b) => termHead(a) - termHead(b));
    expect(f.terms).toEqual(expected);
    expect([...f.heads]).toEqual(expected.map(termHead));
    expect(new Set(f.heads).size).toBeLessThan(f.heads.length);
  });

  test.each([
    ["Hello.", true, [0, 0, 0, 0, 0]],
    ['He said "yes."', true, [0, 0, 0, 0, 0]],
    ["Heading", false, [0, 0, 0, 0, 0]],
    ["Ends with ?» ", true, [1, 0, 0, 0, 0]],
    ["a.b x", false, [0, 0, 0, 0, 0]],
    ["", false, [0, 0, 0, 0, 0]],
    ["x .)", true, [0, 0, 0, 0, 0]],
    ["…", true, [0, 0, 0, 0, 0]],
    ["Q? (a: b; c!) d?", true, [2, 1, 1, 1, 1]],
  ])("%j ends as a sentence: %s; punctuation %j", (text, terminal, punctuation) => {
    const [f] = featuresOfTexts([text], "en");
    expect(f.terminal).toBe(terminal);
    expect(f.punctuation).toEqual(punctuation);
  });
});

describe("the length model", () => {
  const ratioAndVariance = (scorer: PairScorer) => {
    const fields = scorer as unknown as { ratio: number; variance: number };
    return [fields.ratio, fields.variance];
  };

  test("learned from a short catalog, empty paragraphs left out", () => {
    const source = [100, 250, 80, 0, 400, 120, 60, 300].map(lengthOnly);
    const target = [150, 200, 0, 95, 530, 100, 90, 250, 50].map(lengthOnly);
    expect(ratioAndVariance(PairScorer.learn(source, target))).toEqual([1.1875, 33.08150183150183]);
  });

  test("learned from a sample of a long catalog", () => {
    const lengthAt = (i: number) => 50 + ((i * 37) % 400);
    const source = Array.from({ length: 9000 }, (_, i) => lengthOnly(lengthAt(i), i));
    const target = Array.from({ length: 9001 }, (_, i) => lengthOnly(Math.round(1.2 * lengthAt(i)) + (i % 11) * 8 - 40, i));
    expect(ratioAndVariance(PairScorer.learn(source, target))).toEqual([1.2, 4.593812091967078]);
  });
});

describe("merge and split costs kept by position", () => {
  const source = featuresOfTexts(["Trump met Frederiksen in Copenhagen on Monday.", "The talks lasted 3 hours.", "Greenland's premier joined them later.", "They spoke about the Pituffik base."], "en");
  const target = featuresOfTexts(["Трамп зустрівся з Фредеріксен у Копенгагені в понеділок. Переговори тривали 3 години.", "Прем'єр Гренландії пізніше приєднався до них.", "Вони говорили про базу Пітуффік."], "uk");

  test("asked again, and beside other links at the same positions, a cost is the same", () => {
    const scorer = PairScorer.learn(source, target, TermWeights.of(source));
    const merge = scorer.cost("2-1", [source[0], source[1]], [target[0]]);
    expect(merge).toBe(-2.783707304715344);
    // The split at the same first positions is another link, kept apart.
    expect(scorer.cost("1-2", [source[0]], [target[0], target[1]])).toBe(7.631043094874711);
    expect(scorer.cost("2-1", [source[1], source[2]], [target[1]])).toBe(8.870127883219263);
    expect(scorer.cost("1-2", [source[2]], [target[1], target[2]])).toBe(4.418895213991263);
    expect(scorer.cost("2-1", [source[0], source[1]], [target[0]])).toBe(merge);
  });

  test("paragraphs that are not neighbours are costed, not taken for the neighbours at their first positions", () => {
    const scorer = PairScorer.learn(source, target, TermWeights.of(source));
    expect(scorer.cost("2-1", [source[0], source[1]], [target[0]])).toBe(-2.783707304715344);
    expect(scorer.cost("2-1", [source[0], source[2]], [target[0]])).toBe(0.9860448055823463);
  });
});
