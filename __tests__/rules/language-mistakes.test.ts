/** sentence-count, end-punctuation and whitespace, in uk and ru. */
import { readFileSync } from "fs";
import path from "path";
import { ruleTable, runRule } from "../helpers";

ruleTable("sentence-count", [
  { name: "same sentences", locale: "uk", source: "He came. He saw. He won.", target: "Він прийшов. Він побачив. Він переміг.", expect: null },
  { name: "abbreviations and initials", locale: "ru", source: "Mr. Paul spoke. U.S. troops left. Dr. J. Smith agreed.", target: "Г-н Пол выступил. Войска США ушли. Д-р Дж. Смит согласился.", expect: null },
  { name: "two short sentences joined", locale: "uk", source: "He came. He saw. He won.", target: "Він прийшов і побачив. Він переміг.", expect: null },
  { name: "two sentences dropped", locale: "uk", source: "He came. He saw it all. He won. Then he left.", target: "Він прийшов. Потім пішов.", expect: "fewer", data: { expected: 4, found: 2 } },
  { name: "two sentences dropped", locale: "ru", source: "He came. He saw it all. He won. Then he left.", target: "Он пришёл. Потом ушёл.", expect: "fewer" },
]);

ruleTable("end-punctuation", [
  { name: "the question kept, the full stop after the quote", locale: "ru", source: "“How can I not be an optimist?”", target: "«Как я могу не быть оптимистом?».", expect: null },
  { name: "the comma moved outside the quote", locale: "uk", source: "“No,” he said.", target: "«Ні», — сказав він.", expect: null },
  { name: "a question became a statement", locale: "uk", source: "Is NATO at risk of breaking up?", target: "НАТО загрожує розпад.", expect: "question" },
  { name: "a question became a statement", locale: "ru", source: "Is NATO at risk of breaking up?", target: "НАТО грозит распад.", expect: "question" },
  { name: "the final full stop lost", locale: "ru", source: "He raced between three Brighton defenders.", target: "Он промчался между тремя защитниками «Брайтона»", expect: "unfinished" },
]);

ruleTable("whitespace", [
  { name: "clean", locale: "uk", source: "Trump, the president, spoke.", target: "Трамп, президент, виступив.", expect: null },
  { name: "the source has the same doubled space", locale: "ru", source: "Trump  spoke.", target: "Трамп  выступил.", expect: null },
  { name: "doubled space", locale: "ru", source: "Trump spoke.", target: "Трамп  выступил.", expect: "doubled" },
  { name: "space before a comma", locale: "uk", source: "Trump, the president, spoke.", target: "Трамп , президент, виступив.", expect: "beforePunctuation" },
  { name: "trailing space", locale: "uk", source: "Trump spoke.", target: "Трамп виступив. ", expect: "edges" },
]);

describe.each(["uk", "ru"])("length-ratio (%s)", (locale) => {
  const read = (l: string) => JSON.parse(readFileSync(path.join(__dirname, "..", "..", "locales", l, "article.json"), "utf8")) as Record<string, string>;
  test("passes the bundled article", () => {
    expect(runRule("length-ratio", read("en"), read(locale), locale)).toEqual([]);
  });
  test("flags a paragraph whose second sentence was dropped", () => {
    const target = read(locale);
    target.p01 = target.p01.split(/(?<=\.) /)[0];
    const findings = runRule("length-ratio", read("en"), target, locale);
    expect(findings.map((f) => [f.messageId, f.key])).toEqual([["shorter", "p01"]]);
  });
});

test.each([
  ["ru", "Trump spoke.", "Трамп  выступил.", [["doubled", "info"]]],
  ["uk", "Trump, the president, spoke.", "Трамп , президент, виступив.", [["beforePunctuation", "warning"]]],
])("whitespace [%s]: a doubled space is information, a space before a comma a warning", (locale, source, target, expected) => {
  expect(runRule("whitespace", { p01: source }, { p01: target }, locale).map((f) => [f.messageId, f.severity])).toEqual(expected);
});
