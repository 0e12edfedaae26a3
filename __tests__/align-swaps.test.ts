/**
 * Neighbours swapped under their own keys (src/text/align/swaps.ts) and the short cognates that
 * tell look-alike neighbours apart (features.ts `stems`, evidence.ts): in uk and ru, a swap of
 * two paragraphs alike in length, each with its own short cognates, is read as one swap link; the
 * same paragraphs in step are not.
 */
import { alignParagraphs, featuresOf, PairScorer, TermWeights, type Features } from "../src/text/align";
import { evidenceCost } from "../src/text/align/evidence";
import { wholeOf } from "../src/text/align/features";
import { findSwaps, SWAP_MARGIN, swapGain } from "../src/text/align/swaps";
import { profiles } from "../src/text/locales";
import { extractNumbers } from "../src/text/numbers";
import { extractQuotes } from "../src/text/quotes";
import { countSentences } from "../src/text/sentences";

type Locale = keyof typeof profiles;
const feature = (position: number, text: string, locale: Locale, key = `p${position + 1}`): Features =>
  featuresOf(key, position, text, extractNumbers(text, profiles[locale]), extractQuotes(text, profiles[locale]), countSentences(text, profiles[locale]), profiles[locale]);

const english = [
  "The council met on Tuesday to discuss the budget for the coming year.",
  "Engineers say the new system solves the problem with a simple method.",
  "Critics doubt that the plan will pass a vote in parliament this autumn.",
  "Doctors hope the results will be published before the end of the decade.",
];
const translations: Record<"uk" | "ru", string[]> = {
  uk: [
    "Рада зібралася у вівторок, щоб обговорити бюджет на наступний рік.",
    "Інженери кажуть, що нова система розв'язує проблему простим методом.",
    "Критики сумніваються, що план пройде голосування в парламенті цієї осені.",
    "Лікарі сподіваються, що результати оприлюднять до кінця десятиліття.",
  ],
  ru: [
    "Совет собрался во вторник, чтобы обсудить бюджет на следующий год.",
    "Инженеры говорят, что новая система решает проблему простым методом.",
    "Критики сомневаются, что план пройдет голосование в парламенте этой осенью.",
    "Врачи надеются, что результаты опубликуют до конца десятилетия.",
  ],
};

function align(locale: "uk" | "ru", texts: string[]) {
  const source = english.map((text, i) => feature(i, text, "en"));
  const target = texts.map((text, i) => feature(i, text, locale));
  const scorer = PairScorer.learn(source, target, TermWeights.of(source));
  return { source, target, scorer, links: alignParagraphs(scorer, source, target, (key) => target.findIndex((f) => f.key === key)) };
}

for (const locale of ["uk", "ru"] as const) {
  describe(`${locale}: look-alike neighbours`, () => {
    test("swapped, they are one swap link, each source with its real translation", () => {
      const texts = [...translations[locale]];
      [texts[1], texts[2]] = [texts[2], texts[1]];
      const { links } = align(locale, texts);
      expect(links.filter((link) => link.kind !== "1-1")).toEqual([{ kind: "swap", sources: [1, 2], targets: [2, 1] }]);
    });

    test("in step, the key pairing stands and the crossed pairs cost more by far", () => {
      const { source, target, scorer, links } = align(locale, translations[locale]);
      expect(links.every((link) => link.kind === "1-1" && link.sources[0] === link.targets[0])).toBe(true);
      expect(swapGain(scorer, source, target, links[1], links[2])).toBeLessThan(-SWAP_MARGIN);
    });

    test("the short cognates (system ↔ систему, problem ↔ проблему, method ↔ методом) make a translation cheaper than its neighbour", () => {
      const source = feature(1, english[1], "en");
      const own = feature(1, translations[locale][1], locale);
      expect(source.stems.some((stem) => stem & 1)).toBe(true);
      const cost = (target: Features) => new PairScorer(1.1, 6.8).pair(source, target, false);
      // The same translation without its stems: only the stems' evidence differs.
      expect(cost(own)).toBeLessThan(cost({ ...own, stems: new Int32Array(0) }) - 0.9);
    });

    test("a stem both merged paragraphs have counts once", () => {
      const first = feature(1, english[1], "en");
      const again = feature(2, english[1], "en");
      const target = [feature(1, translations[locale][1], locale)];
      const merged = evidenceCost(wholeOf([first, again]), wholeOf(target), [first, again], target);
      const withoutSecond = evidenceCost(wholeOf([first, again]), wholeOf(target), [first, { ...again, stems: new Int32Array(0) }], target);
      expect(merged).toBeCloseTo(withoutSecond, 6);
    });
  });
}

describe("findSwaps", () => {
  test("over links by key, the swapped neighbours become one swap link and the others stay pairs", () => {
    const texts = [...translations.uk];
    [texts[1], texts[2]] = [texts[2], texts[1]];
    const { source, target, scorer } = align("uk", texts);
    const keyed = source.map((_, i) => ({ kind: "1-1" as const, sources: [i], targets: [i] }));
    expect(findSwaps(scorer, source, target, keyed)).toEqual([keyed[0], { kind: "swap", sources: [1, 2], targets: [2, 1] }, keyed[3]]);
  });
});
