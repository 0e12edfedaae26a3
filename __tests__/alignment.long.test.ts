/**
 * The aligner's long cases (in npm test; npm run test:quick leaves them out): 120 accidents planted
 * into NTREX, long namespaces of all NTREX articles twice over, and one of 200,000 paragraphs.
 * alignment.test.ts holds their quick variants.
 */
import { alignNamespace } from "../src/engine/alignment";
import { alignParagraphs, PairScorer, type Features } from "../src/text/align";
import { expectOneDropNearTheStart, keyOf, plantIntoNtrex, side, texts } from "./ntrex-namespace";

test("120 accidents planted into NTREX: at least 90 % located exactly, none on the clean corpus", async () => {
  const report = await plantIntoNtrex(120);
  expect(report.planted).toBe(120);
  expect(report.cleanStructural).toEqual([]);
  expect(report.exact / report.planted).toBeGreaterThanOrEqual(0.9);
}, 180000);

describe("long namespaces (all NTREX articles, twice: about 4,000 paragraphs)", () => {
  test.each([["uk"], ["ru"]])("one paragraph dropped near the start reads as that drop (%s)", (locale) => {
    expectOneDropNearTheStart(locale, 2);
  }, 60000);

  /**
   * A paragraph dropped, and two merged 120 paragraphs later: the translations stand two keys up
   * from there on, and a same-key pair that matches by chance can start a stretch at the wrong
   * offset. The walk down the stretch, lost for a few paragraphs, looks wider and finds its way.
   */
  test.each([["uk"], ["ru"]])("a drop and a merge further down read as those two (%s)", (locale) => {
    const en = texts("en");
    const translated = texts(locale);
    const size = 2 * en.length;
    const values = Array.from({ length: size }, (_, i) => translated[i % translated.length]);
    const [dropped, merged] = [587, 705];
    values.splice(merged, 2, `${values[merged]} ${values[merged + 1]}`);
    values.splice(dropped, 1);
    const { pairs, events } = alignNamespace(side("en", Array.from({ length: size }, (_, i) => en[i % en.length])), side(locale, values));
    expect(pairs.filter((p) => !p.target).map((p) => p.source?.key)).toEqual([keyOf(dropped)]);
    expect(pairs.filter((p) => !p.source)).toEqual([]);
    expect(events.filter((e) => e.kind === "merge").map((e) => e.sources.map((p) => p.key))).toEqual([[keyOf(merged), keyOf(merged + 1)]]);
    const offsets = pairs.filter((p) => p.source && p.target).map((p) => Number(p.source!.key.slice(1)) - Number(p.target!.key.slice(1)));
    // In step before the drop, one key up between the drop and the merge, two after it: nowhere else.
    expect(offsets.filter((o, k) => o !== (k < dropped ? 0 : k < merged - 1 ? 1 : 2))).toEqual([]);
  }, 60000);

  /**
   * Five paragraphs dropped 200 apart: past the fourth, the translations stand four keys and more
   * from their own, where no same-key pair is a neighbour of the true one, and a same-key pair that
   * matches by chance anchors only if it is its row's best far either side.
   */
  test.each([["uk"], ["ru"]])("five drops far apart: no stretch is paired at the wrong offset, however far the translations moved (%s)", (locale) => {
    const en = texts("en");
    const translated = texts(locale);
    const size = 2 * en.length;
    const dropped = [300, 500, 700, 900, 1100];
    const values = Array.from({ length: size }, (_, i) => translated[i % translated.length]).filter((_, i) => !dropped.includes(i));
    const { pairs } = alignNamespace(side("en", Array.from({ length: size }, (_, i) => en[i % en.length])), side(locale, values));
    // Where two neighbours say as little, a drop may be read one paragraph off or as a merge with
    // its neighbour (a pair or two wrong around it), but no stretch is paired at the wrong offset.
    const wrong = pairs.filter((p) => p.source && p.target && Number(p.source.key.slice(1)) - Number(p.target.key.slice(1)) !== dropped.filter((d) => d < Number(p.source!.key.slice(1))).length);
    expect(wrong.length).toBeLessThanOrEqual(10);
    expect(pairs.filter((p) => !p.source)).toEqual([]);
  }, 60000);

  /**
   * A merge, and further down a split, in a stretch in step: each pair there translates itself
   * convincingly and is followed by another that does, so its merges with the next paragraph are
   * not weighed — the pair at the merge must still be told from a plain pair.
   */
  test.each([["uk"], ["ru"]])("a merge and a split inside a long stretch in step read as those two (%s)", (locale) => {
    const en = texts("en");
    const translated = texts(locale);
    const size = 2 * en.length;
    const values = Array.from({ length: size }, (_, i) => translated[i % translated.length]);
    const sentences = (text: string) => text.split(/(?<=[.!?…»"]) (?=\p{Lu}|[«„"])/u);
    // The first translation of several sentences from paragraph 2,600 on is split.
    const merged = 1500;
    const split = values.findIndex((text, i) => i >= 2600 && sentences(text).length > 1);
    const parts = sentences(values[split]);
    values.splice(split, 1, parts.slice(0, Math.ceil(parts.length / 2)).join(" "), parts.slice(Math.ceil(parts.length / 2)).join(" "));
    values.splice(merged, 2, `${values[merged]} ${values[merged + 1]}`);
    const { pairs, events } = alignNamespace(side("en", Array.from({ length: size }, (_, i) => en[i % en.length])), side(locale, values));
    expect(events.filter((e) => e.kind === "merge" || e.kind === "split").map((e) => [e.kind, e.sources.map((p) => p.key), e.targets.map((p) => p.key)])).toEqual([
      ["merge", [keyOf(merged), keyOf(merged + 1)], [keyOf(merged)]],
      ["split", [keyOf(split)], [keyOf(split - 1), keyOf(split)]],
    ]);
    expect(pairs.filter((p) => !p.source || !p.target)).toEqual([]);
  }, 60000);
});

/**
 * More links than a call takes arguments: lists of links were once joined with push(...list),
 * which throws "Maximum call stack size exceeded" past some 120,000 items.
 */
describe("a namespace of 200,000 paragraphs", () => {
  /** A paragraph whose one piece of evidence is a number (its source position), of a length that varies. */
  const paragraph = (key: string, position: number, value: number, length: number): Features => ({ key, position, length, numbers: [String(value)], hints: [], names: [], cognates: [], terms: [], heads: new Int32Array(0), stems: new Int32Array(0), quotations: 0, quoteShape: 0, punctuation: [0, 0, 0, 0, 0], sentences: 1, terminal: true });
  const lengthOf = (i: number) => 40 + ((i * 7919) % 97);

  test("out of step from its sixth paragraph on, it aligns as the one drop it is", () => {
    const size = 200000;
    const source = Array.from({ length: size }, (_, i) => paragraph(`p${i}`, i, i, lengthOf(i)));
    // The sixth translation missing: the target's paragraph j translates source paragraph j, or j + 1 from the sixth on.
    const target = Array.from({ length: size - 1 }, (_, j) => {
      const i = j < 5 ? j : j + 1;
      return paragraph(`p${j}`, j, i, Math.round(lengthOf(i) * 1.1));
    });
    const index = new Map(target.map((f, j) => [f.key, j]));
    const links = alignParagraphs(PairScorer.learn(source, target), source, target, (key) => index.get(key));
    expect(links.filter((link) => link.kind !== "1-1")).toEqual([{ kind: "1-0", sources: [5], targets: [] }]);
    expect(links.filter((link) => link.kind === "1-1" && link.targets[0] !== (link.sources[0] < 5 ? link.sources[0] : link.sources[0] - 1))).toEqual([]);
  }, 60000);
});
